import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { looksLikePlace } from './person-parts.ts';

const PEOPLE_LISTS: ReadonlySet<string> = new Set(['attendees', 'substitutes', 'others', 'absent']);

/** "Frånvarande", "Förhinder": the label of a people list alone on its row, heading the rows under it. */
export function isListSubheading(line: DocumentLine): boolean {
  const label = line.cells.length === 1 ? matchLabel(line.cells[0]!) : null;
  return label !== null && !label.rest && PEOPLE_LISTS.has(label.kind);
}

/**
 * "Nadia Ek | 4 | Bergby kommun" under "Namn | Organisation": one cell more than the header has columns, and that cell a
 * figure, a mark or a small letter or two alone ("ö", "oo"), is a speck OCR read in a column gap or at the margin; the row is the person and the header's
 * columns.
 */
export function withoutSpeckCell(line: DocumentLine, width: number): DocumentLine {
  if (line.cells.length !== width + 1) return line;
  const specks = line.cells.map((c, k) => k > 0 && /^\s*(?:\d|[^\p{L}\d\s]{1,2}|\p{Ll}{1,2})\s*$/u.test(c));
  if (specks.filter(Boolean).length !== 1) return line;
  const cells = line.cells.filter((_, k) => !specks[k]);
  const cellX = line.cellX?.filter((_, k) => !specks[k]);
  return cellX ? { ...line, cells, text: cells.join(' '), cellX } : { ...line, cells, text: cells.join(' ') };
}

/**
 * "Rebecka Ek Region Dal, vårdcentralen" / "Kristinehamn" in a table whose column gaps OCR closed: a place alone on the
 * next row is the end of the row's cell, wrapped in its column; a person would have a first name and a surname.
 */
export function isWrappedPlaceRow(line: DocumentLine): boolean {
  const cell = line.cells.length === 1 ? line.cells[0]! : '';
  return /^\s*\p{Lu}\p{Ll}{2,}\s*$/u.test(cell) && looksLikePlace(cell) && !matchLabel(cell);
}
