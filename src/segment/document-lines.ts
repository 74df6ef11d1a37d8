/** One visual row of a document: its cells in reading order (label column first). A blank row has no cells. */
export interface DocumentLine {
  /** 1-based page. */
  page: number;
  cells: string[];
  text: string;
  /** Left edge of each cell on the page, when the row comes from OCR geometry (absent for plain text). */
  cellX?: number[];
  /**
   * For a plain-text row typed with tabs, the tab stop each cell stands at ("Eva Ek\tledamot\t\tX": 0, 1, 3), so that a
   * column left empty still tells which column the next cell is in. Absent for rows without tabs.
   */
  tabStops?: number[];
}

/** Cells on a plain-text line are separated by a tab or by runs of two or more spaces. */
export function splitCells(line: string): string[] {
  return line
    .split(/\t+| {2,}/)
    .map((cell) => cell.trim())
    .filter((cell) => cell.length > 0);
}

export function documentLine(page: number, cells: string[], cellX?: number[]): DocumentLine {
  return cellX ? { page, cells, text: cells.join(' '), cellX } : { page, cells, text: cells.join(' ') };
}

export function isBlank(line: DocumentLine): boolean {
  return line.cells.length === 0;
}

/** Plain text (pages separated by form feeds) as rows of cells per page. */
export function linesFromText(text: string): DocumentLine[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\f')
    .map((pageText, i) => pageText.split('\n').map((line) => withTabStops(documentLine(i + 1, splitCells(line)), line)));
}

function withTabStops(row: DocumentLine, raw: string): DocumentLine {
  if (!raw.includes('\t')) return row;
  const stops = raw.split('\t').flatMap((piece, k) => splitCells(piece).map(() => k));
  return stops.length === row.cells.length ? { ...row, tabStops: stops } : row;
}

/** Item text: rows joined by newlines, runs of blank rows collapsed to one, trimmed. */
export function joinLines(lines: readonly DocumentLine[]): string {
  return lines
    .map((line) => line.text)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
