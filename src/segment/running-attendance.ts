import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { isRunningCell } from './running-lines.ts';

const PEOPLE = new Set(['attendees', 'substitutes', 'others', 'absent']);

/**
 * A template that prints who took part in a box at the foot of every page ("Närvarande: …" / "Förhinder: …" over
 * "Sida 1 av 2") repeats the list page by page, so it reads as a running footer. It is the meeting's attendance all the
 * same: the last page keeps its box, from the first row that opens with a people label down to the page number.
 */
export function withAttendanceKept(pages: readonly DocumentLine[][], running: boolean[][]): boolean[][] {
  if (pages.length < 2) return running;
  const p = pages.length - 1;
  const page = pages[p]!;
  const first = page.findIndex((line, i) => running[p]![i] && PEOPLE.has(matchLabel(line.cells[0] ?? '')?.kind ?? ''));
  if (first === -1) return running;
  const kept = running.map((rows) => [...rows]);
  for (let i = first; i < page.length; i++) {
    const line = page[i]!;
    if (line.cells.length > 0 && line.cells.every(isRunningCell)) continue;
    if (running[p]![i]) kept[p]![i] = false;
  }
  return kept;
}
