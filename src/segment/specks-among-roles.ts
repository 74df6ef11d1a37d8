import { type DocumentLine, documentLine } from './document-lines.ts';
import { SIGNER_ROLE } from './signing-roles.ts';

/**
 * "- Ordförande 2 - Justerare : Sekreterare": a signing row of one-word roles, read without its column gaps, with the
 * dust between the columns read as figures, dashes and colons. Those are the roles, each in a cell of its own; any other
 * row is returned as it is.
 */
export function withSpecksAmongRoles(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 1) return line;
  const tokens = line.cells[0]!.trim().split(/\s+/u);
  const words = tokens.filter((t) => !/^(?:[^\p{L}]+|\p{Ll}{1,2})$/u.test(t));
  if (words.length < 2 || words.length === tokens.length || !words.every((w) => SIGNER_ROLE.test(w))) return line;
  return documentLine(line.page, words, undefined);
}
