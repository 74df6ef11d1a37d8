import type { DocumentLine } from './document-lines.ts';

/** Where a heading's title cell starts on the page, and where the next column after it starts. */
export interface TitleColumn {
  x: number;
  nextX: number;
}

/**
 * "2 | Status för upphandlingen av ny | Tre anbud har …": on a row read with its geometry, the title's own cell and the
 * cell after it; null for plain text.
 * "2. Föregående | Minnesanteckningarna från …": a title that shares its cell with the number stands in that cell's column.
 */
export function titleColumnOf(line: DocumentLine, title: string): TitleColumn | null {
  if (!line.cellX || title.trim() === '') return null;
  const own = line.cells.findIndex((cell) => cell.trim().startsWith(title.trim()));
  const k = own >= 0 ? own : line.cells.findIndex((cell) => new RegExp(`^\\s*\\d{1,2}[.)]?\\s+${escaped(title.trim())}\\s*$`, 'u').test(cell));
  const x = k >= 0 ? line.cellX[k] : undefined;
  const nextX = k >= 0 ? line.cellX[k + 1] : undefined;
  return x !== undefined && nextX !== undefined && nextX > x ? { x, nextX } : null;
}

/**
 * A row of a table read with its geometry: whether its first cell starts in the title's column (nearer the title's
 * left edge than the next column's), or further right, where the next column's wrapped words stand. Null without
 * geometry.
 */
export function startsInTitleColumn(line: DocumentLine, column: TitleColumn | null): boolean | null {
  const x = line.cellX?.[0];
  if (!column || x === undefined) return null;
  return x < (column.x + column.nextX) / 2;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
