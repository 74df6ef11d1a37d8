import { type DocumentLine, isBlank } from './document-lines.ts';
import type { HeadField } from './head-field.ts';
import { matchLabel } from './labels.ts';

// "…, sal", "…, konferensrum", "… plan": a room word that waits for the room's name, which the wrapped row holds.
const ROOM_WORD_AT_END = /(?:^|[\s,])(?:sal|salen|rum|rummet|lokal|lokalen|sammanträdesrum|konferensrum|mötesrum|konferenssal)\s*$/iu;
// "Ekhagagården", "Stora Ljusgården": a name of one to three capitalised words, no figures, no sentence.
const ROOM_NAME_ROW = /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*$/u;

/**
 * "Datum | Tid | Plats" over "2025-03-04 | 09.00 | Kommunhuset, sal" / "Bergsalen": the place's last cell wrapped onto
 * the row under the table's values. Only a room word left without its name, and a lone capitalised name under it that
 * is no label and stands apart from what follows, make the row a part of the place. Returns how many rows it took.
 */
export function placeWrappedUnderTable(fields: HeadField[], lines: readonly DocumentLine[], valuesRow: number): number {
  // "Tid plats": OCR joined the two last labels, and the place ends the joined value as well.
  // Only the last column's value wraps onto the row below the table.
  const last = fields[fields.length - 1];
  const place = last && (last.kind === 'place' || last.kind === 'placeTime') ? last : undefined;
  const value = place?.values[place.values.length - 1];
  const under = lines[valuesRow + 1];
  if (!place || value === undefined || !under || under.cells.length !== 1 || !ROOM_WORD_AT_END.test(value)) return 0;
  const after = lines[valuesRow + 2];
  if (!ROOM_NAME_ROW.test(under.text) || matchLabel(under.cells[0]!) !== null || (after !== undefined && !isBlank(after))) return 0;
  place.values[place.values.length - 1] = `${value.trim()} ${under.text.trim()}`;
  return 1;
}
