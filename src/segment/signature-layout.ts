import { type DocumentLine, isBlank } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { attendanceListBelow } from './roles-above-attendance.ts';
import { signatureRoles } from './signature-role-rows.ts';
import { isFiller, isSignedName, stripFiller } from './signer-names.ts';

/** "Sekreterare: Ylva Ek": a row of a signer's role and one name beside it. */
function namedRoleRow(line: DocumentLine): 'signature' | 'adjusters' | null {
  const cells = line.cells.filter((c) => !isFiller(c));
  const label = cells.length >= 1 && cells.length <= 2 ? matchLabel(cells[0]!) : null;
  if (!label || (label.kind !== 'signature' && label.kind !== 'adjusters')) return null;
  const name = cells.length === 2 ? cells[1]! : label.rest;
  return isSignedName(stripFiller(name)) ? label.kind : null;
}

/**
 * "Sekreterare | Paragrafer 17–22" / "Sanna Ek": a signer's role alone (beside other fields of the head, never a name)
 * with the name typed on the row below it, the signing line between the two lost to OCR.
 */
function stackedRoleRow(lines: readonly DocumentLine[], at: number): 'signature' | 'adjusters' | null {
  const cells = lines[at]!.cells.filter((c) => !isFiller(c));
  const label = cells.length >= 1 ? matchLabel(cells[0]!) : null;
  if (!label || label.rest || (label.kind !== 'signature' && label.kind !== 'adjusters')) return null;
  if (cells.slice(1).some((c) => isSignedName(stripFiller(c)))) return null;
  const below = lines[at + 1];
  const name = below && below.cells.filter((c) => !isFiller(c)).length === 1 ? stripFiller(below.cells.find((c) => !isFiller(c))!) : '';
  return name && !matchLabel(name) && isSignedName(name) ? label.kind : null;
}

/**
 * "Justerare: Tove Ek (M)" among the head's fields, and later "Sekreterare: Ylva Dahl" / "Ordförande: Lena Kvist" /
 * "Justerare: Tove Ek" as a block of their own: the adjuster named a second time, beside the chair and the secretary,
 * is the page's signing block, printed without lines to sign on.
 */
function repeatedSigningRun(lines: readonly DocumentLine[]): boolean {
  let adjusterBefore = false;
  for (let i = 0; i < lines.length; i++) {
    // "Sekreterare" / "Ylva Dahl" / "Ordförande" / "Lena Kvist" …: the same block with each name under its role.
    const rowsOf = (at: number) => (namedRoleRow(lines[at]!) !== null ? 1 : stackedRoleRow(lines, at) !== null ? 2 : 0);
    const kindOf = (at: number) => namedRoleRow(lines[at]!) ?? stackedRoleRow(lines, at);
    if (rowsOf(i) === 0) continue;
    let end = i;
    const kinds: string[] = [];
    const labels = new Set<string>();
    while (end < lines.length && !isBlank(lines[end]!) && rowsOf(end) > 0) {
      kinds.push(kindOf(end)!);
      labels.add(matchLabel(lines[end]!.cells.find((c) => !isFiller(c))!)!.label);
      end += rowsOf(end);
    }
    const starts = i === 0 || isBlank(lines[i - 1]!);
    // "Sekreterare" / "Ordförande" / "Justerande": the adjuster's signing role, "Justerande", names the adjuster too.
    const adjusts = kinds.includes('adjusters') || labels.has('Justerande');
    if (adjusterBefore && starts && kinds.length >= 3 && adjusts && kinds.filter((k) => k === 'signature').length >= 2 && labels.size >= 3) return true;
    if (kinds.includes('adjusters')) adjusterBefore = true;
    i = end - 1;
  }
  return false;
}

/**
 * Whether rows carry the marks of a place to sign: an "Underskrifter"
 * heading or a dotted or underscored line. Without them, "Sekreterare: Eva
 * Ek" in a head block names a function at the meeting, not a signature.
 */
export function hasSignatureLayout(lines: readonly DocumentLine[]): boolean {
  if (repeatedSigningRun(lines)) return true;
  return lines.some(
    (line, i) =>
      line.cells.some((cell) => /[._…]{5,}/.test(cell) || matchLabel(cell)?.kind === 'signatureHeading') ||
      // "Sekreterare   Ordförande   Justerande" with nothing else on the row: the roles of a signature row.
      // A speck cell beside one role ("ordförande | :") is no second column.
      (line.cells.filter((c) => !isFiller(c) && /\p{L}/u.test(c)).length >= 2 && (signatureRoles(line)?.every((r) => r.name === null) ?? false) && signatureRoles(line)!.length === line.cells.filter((c) => !isFiller(c)).length &&
        !attendanceListBelow(lines, i)),
  );
}
