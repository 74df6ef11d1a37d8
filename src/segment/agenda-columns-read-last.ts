import { headerCellsOf } from './agenda-table-header.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';

// The heading of an agenda table's column right of the titles that says who presents each point. (A column of planned
// times read last stays: the first of them may be the only start the page gives.)
const PRESENTER_COLUMN = /^(?:föredragande|föredragare|handläggare|ansvarig)$/iu;
// "Nr Ärende", "Ärende": the title column's heading, alone on its row or as the table's head.
const TITLE_HEADER = /^\s*(?:ärende|ärenden|rubrik)\s*$/iu;

// "Ordföranden", "Controller", "Hanna Sjödin", "Nämndsekreterare .": a presenter's role or name, a speck after it aside.
const PRESENTER_ROW = /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}(?:\s+[^\p{L}\d\s]{1,2})?\s*$/u;
const MIN_ROWS = 3;

/** The rows [header, end) of a presenters' column read on its own, when every row fits it; null when it is none. */
function columnRows(lines: readonly DocumentLine[], header: number): number | null {
  const heading = lines[header]!.text.trim();
  if (!PRESENTER_COLUMN.test(heading)) return null;
  let end = header + 1;
  let rows = 0;
  for (let i = header + 1; i < lines.length && lines[i]!.page === lines[header]!.page; i++) {
    if (isBlank(lines[i]!)) continue;
    if (lines[i]!.cells.length !== 1 || !PRESENTER_ROW.test(lines[i]!.text)) break;
    rows++;
    end = i + 1;
  }
  return rows >= MIN_ROWS ? end : null;
}

/**
 * "Nr Ärende" / "1 Val av justerare" / … and then, after the titles, "Föredragande" / "Ordföranden" / "Controller" /
 * "Hanna Sjödin" …: the column of presenters right of an agenda's titles, which plain OCR text read below the whole
 * table. It says nothing of the points' titles, and its roles over names are no signatures nor notes of the last point,
 * so such a column, its heading alone on its row and every row under it a role or a name, leaves the page; only after
 * the heading of a title column, and not on pages read with geometry.
 */
export function withAgendaColumnsReadLast(lines: readonly DocumentLine[]): DocumentLine[] {
  if (lines.some((line) => line.cellX !== undefined)) return [...lines];
  const table = lines.findIndex((line) => headerCellsOf(line) !== null || (line.cells.length === 1 && TITLE_HEADER.test(line.text)));
  if (table === -1) return [...lines];
  const gone = new Set<number>();
  for (let i = table + 1; i < lines.length; i++) {
    if (lines[i]!.cells.length !== 1) continue;
    const end = columnRows(lines, i);
    if (end === null) continue;
    for (let k = i; k < end; k++) gone.add(k);
    i = end - 1;
  }
  return lines.filter((_, i) => !gone.has(i));
}
