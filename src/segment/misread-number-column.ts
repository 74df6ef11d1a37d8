import { headerCellsOf } from './agenda-table-header.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';
import { matchLabel } from './labels.ts';

// A table row that opens with its number, as OCR read it: "2 Bemanning", "i Vaccinationsläget" (1), "«8 Ekonomi" (3, a
// speck before it). One or two characters, then a capitalised title.
const NUMBER_THEN_TITLE = /^\s*[«»"'`|.,:;]*([\p{L}\d]{1,2})[.:,)]?\s+(\p{Lu}\p{Ll}.*)$/u;

// Figures OCR reads for one another in a typed column: 3 and 8, 1 and 7, 5 and 6.
const CONFUSED_FIGURES: ReadonlySet<string> = new Set(['38', '83', '17', '71', '56', '65']);

/**
 * "Nr | Rubrik | Anteckningar" over "i Vaccinationsläget …", "2 Bemanning sommar …", "«8 Ekonomi …", "4 Nästa möte …":
 * a table of points whose number column OCR read, some figures misread as letters or other figures. Under such a header,
 * the rows that open with a short token and a capitalised title are the points in order, when every token read as
 * figures is the row's place in that order (or a figure OCR mistakes for it) and at least half of them are; a row of notes that opens so ("Vi …") breaks
 * the count, and then nothing is read. Null where the rows do not fit.
 */
export function misreadNumberColumn(lines: readonly DocumentLine[], from: number): ItemHeading[] | null {
  const header = lines.findIndex((line, i) => i >= from && headerCellsOf(line) !== null);
  if (header === -1) return null;
  const rows: { index: number; token: string; title: string; rest: string[] }[] = [];
  for (let i = header + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    if (matchLabel(line.cells[0] ?? '')?.kind === 'signature') break;
    // "i | Vaccinationsläget | …": read with its geometry, the number stands in a cell of its own.
    const apart = line.cells.length >= 2 && /^\s*\S{1,3}\s*$/u.test(line.cells[0]!);
    const m = NUMBER_THEN_TITLE.exec(apart ? `${line.cells[0]!.trim()} ${line.cells[1]!.trim()}` : (line.cells[0] ?? ''));
    if (m) rows.push({ index: i, token: m[1]!, title: m[2]!.trim(), rest: line.cells.slice(apart ? 2 : 1) });
  }
  const exact = rows.filter((r, k) => r.token === String(k + 1));
  if (rows.length < 3 || exact.length * 2 < rows.length || exact.length === rows.length) return null;
  if (!rows.every((r, k) => !/^\d+$/u.test(r.token) || r.token === String(k + 1) || CONFUSED_FIGURES.has(`${k + 1}${r.token}`))) return null;
  return rows.map((r, k) => ({ line: r.index, number: String(k + 1), title: r.title, trailing: r.rest, kind: 'bare' }));
}
