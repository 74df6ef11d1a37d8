import { type DocumentLine, documentLine } from './document-lines.ts';

// "§ 3." alone in the margin, OCR's "8 1..:" and "S 2." too: the paragraph's sign and number, nothing else.
const SIGN_CELL = /^\s*[§$8sS]\s*(\d{1,3})\s*[.:,]*\s*$/u;
// The body's first row: a sentence that goes on, not a title ("Ordföranden förklarade stämman öppnad och …").
const BODY_ROW = /^\p{Lu}\S*(?:\s+\S+){4,}/u;
// A word or two of the marginal heading ("Kyrktakets", "för år 1936"), beside the body's rows.
const MARGIN_WORDS = /^[\p{L}\d][\p{L}\d.,-]*(?:\s+[\p{L}\d][\p{L}\d.,-]*){0,2}$/u;

interface MarginalHeading {
  at: number;
  number: string;
  title: string;
  /** Rows after the sign's row up to the last that carries a piece of the title. */
  rows: number;
  /** The rows (of those) that carry a piece of the title in their first cell. */
  titleRows: Set<number>;
}

// "8 1..: | Ordföranden förklarade … att" / "kungörelse.": OCR may give a word of the body's first row a row of its own,
// in the body's column (which the cells' positions on the page show).
function inBodyColumn(line: DocumentLine, sign: DocumentLine): boolean {
  const x = line.cellX?.[0];
  const [signX, bodyX] = sign.cellX ?? [];
  return line.cells.length === 1 && x !== undefined && signX !== undefined && bodyX !== undefined && x > (signX + bodyX) / 2;
}

function joinWords(words: string[]): string {
  // "Räken-" / "skaperna": a word the narrow margin hyphenated.
  return words.reduce((title, word) => (title === '' ? word : /\p{L}-$/u.test(title) && /^\p{Ll}/u.test(word) ? title.slice(0, -1) + word : `${title} ${word}`), '');
}

function marginalHeadingAt(lines: readonly DocumentLine[], at: number): MarginalHeading | null {
  const row = lines[at]!;
  const sign = row.cells.length === 2 ? SIGN_CELL.exec(row.cells[0]!) : null;
  if (!sign || !BODY_ROW.test(row.cells[1]!)) return null;
  const words: string[] = [];
  const titleRows = new Set<number>();
  let k = at + 1;
  while (k < lines.length && inBodyColumn(lines[k]!, row)) k++;
  for (; k < lines.length; k++) {
    const cells = lines[k]!.cells;
    if (cells.length !== 2 || !MARGIN_WORDS.test(cells[0]!) || cells[0]!.length > 24 || (words.length === 0 && !/^\p{Lu}/u.test(cells[0]!))) break;
    words.push(cells[0]!);
    titleRows.add(k);
  }
  if (words.length === 0) return null;
  // "Protokollets" / "justering": the heading's last word below the body's last row, alone.
  const below = lines[k]?.cells;
  if (below?.length === 1 && MARGIN_WORDS.test(below[0]!) && below[0]!.length <= 24 && /^\p{Ll}/u.test(below[0]!)) {
    words.push(below[0]!);
    titleRows.add(k);
    k++;
  }
  return { at, number: sign[1]!, title: joinWords(words).replace(/[.:]$/u, ''), rows: k - at - 1, titleRows };
}

/**
 * Older typed protokoll print each paragraph's heading in the left margin: the sign and number on the body's first row,
 * the heading's words under it, beside the body's next rows ("§ 3. | Kyrkorådet hade …" / "Kyrktakets | tak, vars …" /
 * "omläggning | Kostnaden …"). The rows come back as a heading row "§ 3 Kyrktakets omläggning" and the body's rows
 * without the margin, as a protokoll with headings above its paragraphs reads. Two such paragraphs make the layout;
 * one could be a table's row.
 */
export function withMarginalHeadings(lines: readonly DocumentLine[]): DocumentLine[] {
  const found: MarginalHeading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const heading = marginalHeadingAt(lines, i);
    if (heading) {
      found.push(heading);
      i += heading.rows;
    }
  }
  if (found.length < 2) return [...lines];
  const result: DocumentLine[] = [];
  let next = 0;
  for (const heading of found) {
    result.push(...lines.slice(next, heading.at));
    const row = lines[heading.at]!;
    result.push(documentLine(row.page, [`§ ${heading.number} ${heading.title}`]), documentLine(row.page, [row.cells[1]!]));
    for (let k = heading.at + 1; k <= heading.at + heading.rows; k++) {
      const line = lines[k]!;
      if (!heading.titleRows.has(k)) result.push(line);
      else if (line.cells.length === 2) result.push(documentLine(line.page, [line.cells[1]!]));
    }
    next = heading.at + heading.rows + 1;
  }
  result.push(...lines.slice(next));
  return result;
}
