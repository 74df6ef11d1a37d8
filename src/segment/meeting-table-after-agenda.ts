import { type DocumentLine, isBlank } from './document-lines.ts';
import { headTableCells, labelsOfRow } from './head-columns-read-apart.ts';
import { parseHeadBlock } from './head-block.ts';
import { type HeadField, MEETING_KINDS } from './head-field.ts';
import { matchLabel } from './labels.ts';
import { findDates } from './swedish-dates.ts';

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
 * table is no part of the last point; its fields are the meeting's. Searched from `from` up to `to` (the signatures);
 * labelled rows as well when the document `calls` the meeting (a kallelse).
 */
export function meetingTableAfterAgenda(lines: readonly DocumentLine[], from: number, to: number, calls = false): MeetingTable | null {
  for (let i = from; i + 1 < Math.min(to, lines.length); i++) {
    const header = lines[i]!;
    if (isBlank(header) || !labelsOfRow(header.cells.join(' '))) continue;
    const values = lines[i + 1]!;
    const pair = headTableCells(header, values) ?? (values.cells.length === header.cells.length && header.cells.length >= 2 ? ([header, values] as const) : null);
    if (!pair) continue;
    const fields = parseHeadBlock([...pair]);
    // "Datum och tid | Plats": the day may stand in the time's cell.
    if (!fields.some((f) => f.values.some((v) => findDates(v).length > 0))) continue;
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
  return calls ? meetingLabelsAfterAgenda(lines, from, to) : null;
}

/**
 * "4. Övriga frågor" / "" / "Tid: Onsdag 4 mars 2026 kl. 19.00" / "Plats: Klubbhuset": a kallelse that gives the meeting
 * after its agenda on labelled rows instead of a table. Only in a document that calls itself a kallelse, where the
 * meeting must be given somewhere: in minutes such rows under the last point are the next meeting's.
 */
function meetingLabelsAfterAgenda(lines: readonly DocumentLine[], from: number, to: number): MeetingTable | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const kind = matchLabel(lines[i]!.cells[0] ?? '')?.kind;
    if (kind === undefined || !MEETING_KINDS.has(kind)) continue;
    let end = i;
    while (end < Math.min(to, lines.length) && !isBlank(lines[end]!) && end - i < 4) end++;
    const block = lines.slice(i, end);
    const fields = parseHeadBlock(block).filter((f) => MEETING_KINDS.has(f.kind));
    if (fields.length === 0 || !block.some((l) => findDates(l.text).length > 0)) return null;
    return { start: i, fields };
  }
  return null;
}
