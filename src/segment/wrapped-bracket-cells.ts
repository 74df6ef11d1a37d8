import { type DocumentLine, documentLine } from './document-lines.ts';

// "(ordf.)", "(sekr.)", "(ersättare)": a short bracketed note on a row of its own.
const BRACKET_ONLY = /^\([^()]{1,24}\)$/u;

/**
 * "Anna Ek, Holmby kommun | Per Lind, Norrby kommun" over "(ordf.)" under the first cell: a table cell too narrow for
 * its bracketed note wraps it onto the row below, under the cell it belongs to. Where the page's geometry shows the
 * bracket starting at the left edge of a cell of the row above that is not the row's last cell, the bracket joins that
 * cell, so that it is not read after the row's last cell instead. Plain text, without geometry, is left as it is.
 */
export function withWrappedBracketCells(lines: readonly DocumentLine[]): DocumentLine[] {
  const result: DocumentLine[] = [];
  for (const line of lines) {
    const above = result[result.length - 1];
    const x = line.cellX?.[0];
    if (above?.cellX && x !== undefined && line.cells.length === 1 && BRACKET_ONLY.test(line.cells[0]!.trim()) && above.page === line.page) {
      const column = above.cellX.findIndex((left) => Math.abs(left - x) <= 12);
      if (column >= 0 && column < above.cells.length - 1) {
        const cells = above.cells.map((cell, k) => (k === column ? `${cell} ${line.cells[0]!.trim()}` : cell));
        result[result.length - 1] = documentLine(above.page, cells, above.cellX);
        continue;
      }
    }
    result.push(line);
  }
  return result;
}
