import type { DocumentLine } from './document-lines.ts';

// "Namn | Funktion | Närv. | Förhinder": an attendance table with a second column of marks for those who sent word
// they could not come. A cross there makes the person absent; a cross under "Närv." present.
export const ABSENCE_HEADER = /^(?:förhinder|anmält\s+förhinder|förhindrad|frånvarande|frånvaro|frånv\.?|ej\s+närv(?:arande|\.)?|ej\s+närvarande)$/iu;

/** The index of the absence column of an attendance table's header, or null. */
export function absenceColumn(header: DocumentLine): number | null {
  const at = header.cells.findIndex((c) => ABSENCE_HEADER.test(c.trim()));
  return at >= 0 ? at : null;
}

/**
 * Which column of the header the row's cell `k` stands in, when a column left empty shifted the row's cells: by the
 * cell's left edge on the page against the header's, or by its tab stop in typed text. Null when neither is known.
 */
export function headerColumnOf(header: DocumentLine, row: DocumentLine, k: number): number | null {
  if (header.cellX && row.cellX && header.cellX.length === header.cells.length && row.cellX.length === row.cells.length) {
    const x = row.cellX[k]!;
    let best = 0;
    header.cellX.forEach((hx, c) => {
      if (Math.abs(hx - x) < Math.abs(header.cellX![best]! - x)) best = c;
    });
    return best;
  }
  if (header.tabStops && row.tabStops && header.tabStops.length === header.cells.length && row.tabStops.length === row.cells.length) {
    const stop = row.tabStops[k]!;
    const c = header.tabStops.indexOf(stop);
    return c >= 0 ? c : null;
  }
  return null;
}

const CROSS = /^(?:x{1,2}|✓|✔|☑)[.,:;]?$/iu;

/**
 * A row of a table with both a presence and an absence column whose empty mark cell dropped out: its one cross, read
 * for the column it stands in, as the mark ("x" for present, "förhinder" for absent) and the rest as the person. Null
 * when the row is no such row or the cross's column cannot be told.
 */
export function shiftedMarkRow(
  marks: { column: number; width: number; header?: DocumentLine; away?: number | null },
  row: DocumentLine,
): { person: string; mark: string } | null {
  if (marks.header === undefined || marks.away === null || marks.away === undefined || row.cells.length !== marks.width - 1) return null;
  const crosses = row.cells.flatMap((c, k) => (CROSS.test(c.trim()) ? [k] : []));
  if (crosses.length !== 1) return null;
  const at = headerColumnOf(marks.header, row, crosses[0]!);
  if (at === null) return null;
  const person = row.cells.filter((_, k) => k !== crosses[0]).map((c) => c.trim()).filter(Boolean).join(', ');
  return { person, mark: at === marks.away ? 'förhinder' : 'x' };
}
