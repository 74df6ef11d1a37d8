import type { Signature } from '../domain/index.ts';
import type { DocumentLine } from './document-lines.ts';
import { SIGNER_ROLE_SOURCE } from './signing-roles.ts';

// "Signerat av | Roll | Tidpunkt", "Undertecknare Funktion Datum": the header of the table an e-signed protokoll ends
// with, one row per signer; the signer's column comes first and the function beside it.
const HEADER = /^\s*(?:signerat\s+av|signerad\s+av|undertecknat\s+av|undertecknad\s+av|undertecknare|signerare|signatär)\s+(?:roll|funktion|egenskap|i\s+egenskap\s+av)\b/iu;
// "Stina Alm | Sekreterare | 2019-03-14 09:20": a first name and surname, the function the minutes sign in, and
// perhaps when; the names are given as printed, the functions are those signing lines carry.
const ROW = new RegExp(String.raw`^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})\s+(${SIGNER_ROLE_SOURCE})(?=\s|$)`, 'iu');

/**
 * The signers listed in an e-signature table, as the minutes' signatures; empty where the document has no such table.
 * OCR's blank rows between the table's rows are passed over; any other row ends it.
 */
// "Signerat av . Roll", "Olof Rapp . Justerare": specks OCR read in the gaps between the columns.
function withoutGapSpecks(text: string): string {
  return text.replace(/(?<=\s)[.,:;|'"`»«]+(?=\s|$)/gu, ' ').replace(/\s+/gu, ' ');
}

export function signedByTable(lines: readonly DocumentLine[]): Signature[] {
  const header = lines.findIndex((line) => HEADER.test(withoutGapSpecks(line.text)));
  if (header < 0) return [];
  const signatures: Signature[] = [];
  for (const line of lines.slice(header + 1)) {
    if (line.cells.length === 0) continue;
    const row = ROW.exec(withoutGapSpecks(line.text));
    if (!row) break;
    signatures.push({ role: row[2]!, name: row[1]! });
  }
  return signatures.length >= 2 ? signatures : [];
}
