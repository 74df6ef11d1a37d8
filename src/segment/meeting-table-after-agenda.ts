import { type DocumentLine, isBlank } from './document-lines.ts';
import { headTableCells, labelsOfRow } from './head-columns-read-apart.ts';
import { parseHeadBlock } from './head-block.ts';
import type { HeadField } from './head-field.ts';

export interface MeetingTable {
  /** The row of the table's labels. */
  start: number;
  fields: HeadField[];
}

// ": i salen", "| konferensrummet": the place's last words wrapped under the table, OCR's specks from its ruling before them.
const WRAPPED_PLACE = /^[\s:;|.,'"]*(\p{Ll}[\p{L}\s-]{2,40}?)\s*$/u;

/**
 * "Punkt 9 | Övriga frågor" and then "Datum | Tid | Plats" over "Torsdag 6 mars 2025 | 13.00 | Kommunhuset, sal A": a
 * kallelse whose head says nothing of when, that gives the meeting in a small table after the agenda instead. The
 * table is no part of the last point; its fields are the meeting's. Searched from `from` up to `to` (the signatures).
 */
export function meetingTableAfterAgenda(lines: readonly DocumentLine[], from: number, to: number): MeetingTable | null {
  for (let i = from; i + 1 < Math.min(to, lines.length); i++) {
    const header = lines[i]!;
    if (isBlank(header) || !labelsOfRow(header.cells.join(' '))) continue;
    const values = lines[i + 1]!;
    const pair = headTableCells(header, values) ?? (values.cells.length === header.cells.length && header.cells.length >= 2 ? ([header, values] as const) : null);
    if (!pair) continue;
    const fields = parseHeadBlock([...pair]);
    if (!fields.some((f) => (f.kind === 'date' || f.kind === 'placeTime') && f.values.length > 0)) continue;
    // "Bolagets kontor, Bergsjö," / ": i sammanträdesrummet": a place that ends on a comma goes on below the table.
    const last = fields[fields.length - 1]!;
    const value = last.values[last.values.length - 1];
    // ": | sammanträdesrummet": on a page read with geometry the ruling's speck may stand in a cell of its own.
    const words = (lines[i + 2]?.cells ?? []).filter((cell) => /[\p{L}\d]/u.test(cell));
    const wrapped = words.length === 1 ? WRAPPED_PLACE.exec(words[0]!) : null;
    if ((last.kind === 'place' || last.kind === 'placeTime') && value !== undefined && /,\s*$/u.test(value) && wrapped) {
      last.values[last.values.length - 1] = `${value.trim()} ${wrapped[1]!.trim()}`;
    }
    return { start: i, fields };
  }
  return null;
}
