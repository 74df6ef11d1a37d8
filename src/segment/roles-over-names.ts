import type { Signature } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { signatureRoles } from './signature-role-rows.ts';
import { splitNameRow } from './signer-name-rows.ts';
import { isColumnHeadScrap, isSignedName, stripFiller } from './signer-names.ts';

/** The role of a row that holds one role and nothing else ("Sekreterare"), or null. */
function bareRole(line: DocumentLine): string | null {
  if (line.cells.length !== 1) return null;
  const roles = signatureRoles(line);
  return roles?.length === 1 && roles[0]!.name === null ? roles[0]!.role : null;
}

/**
 * "Sekreterare" / "Ordförande" / "Justerande" … "Malin Berg" / "Ulf Hedman" / "Sara Qvist": the column of roles that
 * OCR read before the column of names beside it. Two or more rows of a role each, then (past blank rows and a heading
 * in capitals, "ANSLAGSBEVIS") exactly as many rows of a name each, pair in order. Null when the rows do not read so.
 */
export function rolesOverNames(lines: readonly DocumentLine[], from: number): { signatures: Signature[]; end: number } | null {
  const roles: string[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    // "Vid anteckningarna" / "" / "Justeras": OCR's blank rows between the roles of one row read apart.
    // "Vid anteckningarna" / "Vem | När" / "Justeras": the heads of an action table above, read among them, sign nothing.
    if (roles.length > 0 && (isBlank(lines[i]!) || isColumnHeadScrap(lines[i]!.text))) continue;
    const role = bareRole(lines[i]!);
    if (role === null) break;
    roles.push(role);
  }
  while (i > from && (isBlank(lines[i - 1]!) || isColumnHeadScrap(lines[i - 1]!.text))) i--;
  if (roles.length < 2) return null;
  while (i < lines.length && (isBlank(lines[i]!) || /^\s*\p{Lu}{4,}\s*$/u.test(lines[i]!.text))) i++;
  const names: string[] = [];
  let end = i - 1;
  // "Vid anteckningarna" / "Justeras" / "Saga Frell Ebbe Mulm": the names' row read whole, its gap closed by OCR.
  const together = i < lines.length && lines[i]!.cells.length === 1 ? splitNameRow(lines[i]!.cells, roles.length) : [];
  if (together.length === roles.length && together.every((n) => n !== null)) {
    names.push(...(together as string[]));
    end = i;
    i = lines.length;
  }
  for (; i < lines.length && names.length < roles.length; i++) {
    // "Erik Ek" / "" / "Åsa Lund": blank rows (and a running footer taken out) between the names read apart.
    if (names.length > 0 && isBlank(lines[i]!)) continue;
    const name = lines[i]!.cells.length === 1 ? stripFiller(lines[i]!.cells[0]!) : '';
    if (!name || !isSignedName(name)) break;
    names.push(name);
    end = i;
  }
  const after = lines[end + 1];
  if (names.length !== roles.length || (after !== undefined && !isBlank(after) && after.cells.length === 1 && isSignedName(stripFiller(after.cells[0]!)))) return null;
  return { signatures: roles.map((role, k) => ({ role, name: names[k]! })), end };
}
