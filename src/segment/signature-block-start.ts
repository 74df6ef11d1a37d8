import { type DocumentLine, isBlank } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { looksLikeName } from './person-parts.ts';
import { signatureRoles } from './signature-role-rows.ts';
import { withDamagedRoleBeforeScraps } from './damaged-role-before-scraps.ts';
import { withoutSigningStamp } from './signing-stamps.ts';
import { withSigningLabelsApart } from './signing-labels-run-together.ts';
import { withoutOnBehalfOf } from './signer-on-behalf.ts';
import { isSignerContactRow } from './signer-contact-row.ts';
import { topOfStackedSigners } from './stacked-signers.ts';
import { withSpecksAmongRoles } from './specks-among-roles.ts';
import { jointSigners, namesAbove, namesWithRoles, notesBy, rowAbove } from './signer-name-rows.ts';
import { findDates } from './swedish-dates.ts';
import { finishesWrappedSentence } from './wrapped-sentence-tail.ts';

// "Beslutet skickas till" / "Färdtjänsthandläggare" / "Kommunala pensionärsrådet": the recipients of a decision are
// offices and titles, one a row, which read like a signer's title. OCR puts blank rows between them, so the list runs
// to the first row that is no lone office: a person's name, a row of columns, or a signing label.
const DISTRIBUTION_HEADING = /^\s*(?:(?:beslutet\s+)?(?:skickas|expedieras|sänds|delges)\s+till|expedierat\s+till|expediering|kopia\s+till|för\s+kännedom)\s*:?\s*$/iu;

/** Where the closing signature block starts after the last item heading, or the end. */
export function signatureStart(lines: readonly DocumentLine[], from: number): number {
  let recipients = false;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const label = matchLabel(line.cells[0] ?? '');
    if (DISTRIBUTION_HEADING.test(line.text)) {
      recipients = true;
      continue;
    }
    // "Vid protokollet" right under the list, where OCR dropped the blank row between them, still opens the signatures.
    const personRow = /\S\s+\S/u.test(line.text.trim()) && looksLikeName(line.text.trim());
    if (recipients && line.cells.length === 1 && label?.kind !== 'signature' && label?.kind !== 'signatureHeading' && !personRow) continue;
    recipients = false;
    if (label?.kind === 'signatureHeading' && !label.rest) return i;
    if (finishesWrappedSentence(lines, i)) continue;
    if (signatureRoles(line) || signatureRoles(withDamagedRoleBeforeScraps(line)) || signatureRoles(withSigningLabelsApart(line)) || signatureRoles(withSpecksAmongRoles(line))) return signatureBlockStart(lines, i);
    // "Ordförande | Lena Holm | Signerat 2024-03-05 14:22": an e-signed row, its signing service's stamp beside the name.
    if (signatureRoles(withoutSigningStamp(line))) return i;
    // "Eva Lind, sekreterare" rows to the end of the document, with nothing but signatures after them.
    // "Utskickad 2025-08-28", "Lund 2025-08-28": a short row that dates the letter may close it below the signer.
    const datesLetter = (l: DocumentLine) => l.text.trim().split(/\s+/).length <= 4 && findDates(l.text).some((d) => d.explicitYear);
    // "________  ________" over the next pair of signers: the lines to sign on.
    const signingLines = (l: DocumentLine) => l.cells.every((c) => /^[\s._…\-–—]{3,}$/u.test(c));
    // "anna.ek@forbundet.se, 0150-48 80 12": the signer's e-mail and phone under the name, too.
    // "Eva Lind, ordförande, signerat digitalt 2023-11-16 10:12": such rows e-signed, the stamp after the title.
    // "Styrelsen genom Eva Ek, sekreterare": a group's letter signed by one of its members.
    const signedRow = (l: DocumentLine) => namesWithRoles(withoutSigningStamp(withoutOnBehalfOf(l))) !== null;
    if ((signedRow(line) || notesBy(line)) && lines.slice(i + 1).every((l) => isBlank(l) || signedRow(l) || signatureRoles(l) !== null || datesLetter(l) || signingLines(l) || isSignerContactRow(l))) return i;
  }
  return lines.length;
}

/**
 * In a document without item headings, the signature block that closes it:
 * a row of roles with only name rows (at most four) after it to the end.
 */
export function closingSignatureStart(lines: readonly DocumentLine[]): number {
  let rowsAfter = 0;
  for (let i = lines.length - 1; i >= 0 && rowsAfter <= 4; i--) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    // "Antecknat av Nina Lund", "Vid pennan: Nina Lund": the note-taker's label and name together on the last row.
    const own = rowsAfter === 0 && line.cells.length === 1 ? matchLabel(line.cells[0]!) : null;
    if (own && own.kind === 'signature' && own.rest && looksLikeName(own.rest.trim())) return i;
    if (signatureRoles(line)) {
      const start = signatureBlockStart(lines, i);
      // Every row below the roles must hold names only, or this is a labelled field of prose.
      const below = lines.slice(i + 1).filter((l) => !isBlank(l));
      // "Lena Sjö" / "valsamordnare" closing a kallelse of one ärende: the name above its title, nothing after.
      if (below.length === 0 && start < i) return start;
      // "K. Sandell:": a speck after the last name read as a colon or stop.
      if (below.length === 0 || !below.every((l) => l.cells.every((c) => looksLikeName(c.trim().replace(/\s*[:;,.'"|]+$/u, ''))))) return lines.length;
      // "Antecknat av" / "Eva Ek" / "Justerat" / "Bo Lind": the name over the last role is the note-taker's, under theirs.
      const stacked = topOfStackedSigners(lines, i);
      return stacked < i ? stacked : start;
    }
    rowsAfter++;
  }
  return lines.length;
}

/**
 * "Närvarande | Vice ordförande | Anna Sjö" above "Underskrifter | Mikael Lind | Malin Strand": where the head has a
 * heading for its signatures, the rows above it list people at the meeting, not signers.
 */
export function fromSignatureHeading(headLines: readonly DocumentLine[]): readonly DocumentLine[] {
  const at = headLines.findIndex((line) => line.cells.some((cell) => matchLabel(cell)?.kind === 'signatureHeading'));
  return at > 0 ? headLines.slice(at) : headLines;
}

/** Where a signature block starts: its roles row, or the names row above it. */
export function signatureBlockStart(lines: readonly DocumentLine[], rolesRow: number): number {
  const roles = signatureRoles(lines[rolesRow]!);
  const above = rowAbove(lines, rolesRow);
  if (roles && roles.every((r) => r.name === null) && (namesAbove(lines, rolesRow, roles.length) || (roles.length === 1 && above >= 0 && jointSigners(lines[above]!)))) return above;
  return rolesRow;
}
