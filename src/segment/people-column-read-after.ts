import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';
import { matchLabel } from './labels.ts';

// The heading of a people table's second column: where someone comes from or what they do. "Kommun/organisation" names
// two in one, and OCR reads its slash as a letter l or a bar ("Kommunlorganisation").
const COLUMN_WORD = '(?:organisation|kommun|förvaltning|verksamhet|myndighet|arbetsplats|förening|företag|parti|funktion|roll|titel|befattning|uppdrag)';
// The repair may join the two words into one ("Kommunorganisation").
const COLUMN_HEADING = new RegExp(`^\\s*${COLUMN_WORD}(?:\\s*[/l|]?\\s*${COLUMN_WORD})?\\s*[:|]?\\s*$`, 'iu');

// "Emma Holm, ordförande": a first name and a surname open each row of the table's first column.
const NAME_ROW = /^\s*["'`|]?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s*,\s*\p{Ll}[\p{Ll} -]{2,30})?\s*$/u;

/**
 * "Namn" / "Eva Ek" / "Bo Lind" / "Kommun/organisation" / "Ekby kommun" / "Länsstyrelsen": a two-column table of people
 * that OCR read one column after the other, the second column's heading straight after the last name. When exactly as
 * many short rows as there are names follow that heading, up to a labelled row or the end, each name gets its row's
 * value as a cell beside it, as the table printed it.
 */
export function withPeopleColumnReadAfter(lines: readonly DocumentLine[]): DocumentLine[] {
  const header = lines.findIndex((line) => line.cells.length === 1 && /^\s*namn\s*[:|]?\s*$/iu.test(line.text));
  if (header === -1) return [...lines];
  const names: number[] = [];
  let i = header + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (line.cells.length !== 1 || !NAME_ROW.test(line.text) || matchLabel(line.text)) break;
    names.push(i);
  }
  const column = i;
  if (names.length < 2 || !lines[column] || !COLUMN_HEADING.test(lines[column]!.text)) return [...lines];
  const values: number[] = [];
  let j = column + 1;
  for (; j < lines.length && values.length < names.length; j++) {
    const line = lines[j]!;
    if (isBlank(line)) continue;
    const text = line.text.trim();
    if (line.cells.length !== 1 || text.split(/\s+/).length > 5 || /\d/u.test(text) || matchLabel(text)) return [...lines];
    values.push(j);
  }
  const after = lines.slice(j).find((l) => !isBlank(l));
  if (values.length !== names.length || (after !== undefined && matchLabel(after.cells[0] ?? '') === null)) return [...lines];
  // OCR's blank rows between the rows of the table go with the column moved beside the names.
  const blanks = lines.map((l, k) => k).filter((k) => k > header && k < j && isBlank(lines[k]!));
  const moved = new Set([column, ...values, ...blanks]);
  const heading = lines[column]!.text.trim().replace(new RegExp(`^(${COLUMN_WORD})\\s*[l|]?\\s*(?=${COLUMN_WORD})`, 'iu'), '$1/').replace(/[\s:|]+$/u, '');
  return lines
    .map((line, k) => {
      if (k === header) return documentLine(line.page, [line.text.trim(), heading]);
      const n = names.indexOf(k);
      // '"Arbetsförmedlingen': a speck before the value is no part of it.
      return n === -1 ? line : documentLine(line.page, [line.text.trim(), lines[values[n]!]!.text.trim().replace(/^["'`|]+/u, '')]);
    })
    .filter((_, k) => !moved.has(k));
}
