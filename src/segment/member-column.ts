import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { looksLikePlace } from './person-parts.ts';

// "Borås", "Lilla Edet", "Marks kommun": the member a delegate comes from, one or two capitalised words.
const MEMBER_CELL = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+(?:\p{Lu}\p{Ll}+|kommun|stad|region))?\s*$/u;
// "Ulf Ek (S), ordförande": a delegate with a party in brackets.
const DELEGATE_CELL = /^\s*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*\(\p{L}{1,4}\)/u;

/**
 * "Beslutande | Borås | Ulf Ek (S), ordförande" / "| Mark | Eva Sund (S)": the board of a kommunalförbund lists its
 * delegates by member municipality, in a column between the label and the names. The member names no one, and the
 * delegate's party is the organisation the list gives; the member's cell goes, the delegate stays.
 */
export function withoutMemberColumn(line: DocumentLine): DocumentLine {
  const joined = withoutJoinedMember(line);
  if (joined !== line) return joined;
  const at = line.cells.length === 3 && matchLabel(line.cells[0]!) !== null ? 1 : line.cells.length === 2 ? 0 : -1;
  if (at < 0 || !MEMBER_CELL.test(line.cells[at]!) || !DELEGATE_CELL.test(line.cells[at + 1]!) || matchLabel(line.cells[at]!) !== null) return line;
  const cells = line.cells.filter((_, k) => k !== at);
  const cellX = line.cellX?.filter((_, k) => k !== at);
  return cellX ? { ...line, cells, text: cells.join(' '), cellX } : { ...line, cells, text: cells.join(' ') };
}

// "Borås Ulf Ek (S), ordförande": the member's cell joined to the delegate's by OCR; a known municipality before a first
// name, a surname and a party. The name left must still have two words, so that "Nora Lind (S)" stays a person.
// "Nynäshamn = Per Ek (S)": a speck OCR read in the gap between the columns goes with the member's cell.
const MEMBER_BEFORE_DELEGATE = /^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+[=|_~'"·:;,.]{1,2})?\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(\p{L}{1,4}\))/u;

function withoutJoinedMember(line: DocumentLine): DocumentLine {
  const last = line.cells.length - 1;
  if (last < 0 || last > 1 || (last === 1 && matchLabel(line.cells[0]!) === null)) return line;
  const cell = line.cells[last]!;
  // "Ledamöter Botkyrka Eva Ek (S), ordförande": OCR joined the label's cell to the row as well; the member follows it.
  const label = last === 0 ? matchLabel(cell) : null;
  const at = label && label.rest !== '' ? cell.lastIndexOf(label.rest) : 0;
  if (at < 0) return line;
  const member = MEMBER_BEFORE_DELEGATE.exec(cell.slice(at));
  if (!member || !looksLikePlace(member[1]!) || matchLabel(member[1]!) !== null) return line;
  const cells = [...line.cells.slice(0, last), `${cell.slice(0, at)}${cell.slice(at + member[0].length)}`];
  return { ...line, cells, text: cells.join(' ') };
}
