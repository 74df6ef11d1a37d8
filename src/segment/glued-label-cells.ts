import { matchLabel } from './labels.ts';

/**
 * Two colon labels side by side whose column gap OCR closed ("Datum: 2023-10-05
 * Plats: Tyresö kommunhus") as one cell per label. Only a known label followed
 * by a colon starts a new cell.
 */
export function colonLabelCells(cell: string): string[] {
  if (!matchLabel(cell)) return [cell];
  const cells: string[] = [];
  let start = 0;
  for (const m of cell.matchAll(/\s(?=(\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}):\s)/gu)) {
    const at = m.index + 1;
    const label = matchLabel(`${m[1]!}:`);
    if (!label || at <= start) continue;
    cells.push(cell.slice(start, at).trim());
    start = at;
  }
  cells.push(cell.slice(start).trim());
  return cells.filter(Boolean);
}

const EMBEDDABLE: ReadonlySet<string> = new Set(['signature', 'adjusters', 'time', 'date', 'place', 'placeTime', 'attendees', 'absent', 'others']);

/**
 * "Plats | Vaxholms stadshus, rum 5 Antecknare Eva Ek": a second label and its value in the same cell as the
 * first value, where OCR closed the gap between the pairs of a two-pair row. Splits the cell at the
 * capitalised label, so the row reads "Plats | … | Antecknare | Eva Ek" as printed.
 */
export function splitEmbeddedLabel(cell: string): string[] {
  const words = [...cell.matchAll(/(?<=\S\s+)\p{Lu}\p{Ll}{3,}/gu)];
  for (const word of words) {
    const before = cell.slice(0, word.index).trim();
    const label = matchLabel(cell.slice(word.index));
    if (!label || !EMBEDDABLE.has(label.kind) || !label.rest || before.split(/\s+/).length < 2 || matchLabel(before) !== null) continue;
    // "Sigtuna kommunhus, Lokal Attundaland": after a comma, a room named by a place word is the rest of the address.
    if (label.kind === 'place' && /,\s*$/u.test(before)) continue;
    const labelText = cell.slice(word.index, cell.length - label.rest.length).replace(/[\s:]+$/u, '');
    return [before.replace(/[,;]+$/u, ''), labelText, label.rest];
  }
  return [cell];
}
