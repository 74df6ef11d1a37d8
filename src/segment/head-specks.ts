import type { DocumentLine } from './document-lines.ts';

// OCR's specks in the rows of a head block, which must not count as a value or a column.
export const SPECKLE_ONLY = /^[\s.,;:|'"`‘’”_~•*\-–—]*$/u;

/** The row without cells of one small letter between its others (no cross or "j" that marks presence). */
export function withoutScrapCells(line: DocumentLine): DocumentLine {
  if (line.cells.length < 3) return line;
  const cells = line.cells.filter((c, k) => k === 0 || k === line.cells.length - 1 || !/^\p{Ll}$/u.test(c.trim()) || /^[xj]$/iu.test(c.trim()));
  return cells.length === line.cells.length ? line : { ...line, cells, text: cells.join(' '), cellX: undefined };
}

/** "Solna stad: Jenny Moberg | i": a letter or two beside a value is a speck at the page edge (not a mark "x" or "ja"). */
export function isEdgeScrap(cell: string): boolean {
  // "Plats: KS-salen, kommunhuset | Å": a capital Å, Ä or Ö alone is a speck too; no value has one for a column.
  return (/^\p{Ll}{1,2}$/u.test(cell.trim()) && !/^(?:x|ja)$/iu.test(cell.trim())) || /^[ÅÄÖ]$/u.test(cell.trim());
}

/** "\"Ljusdals kommun: Marie Öhman (SD)": a speck read as a quote or bar before a row's first capital. */
export function withoutLeadingQuoteSpeck(line: DocumentLine): DocumentLine {
  const first = line.cells[0];
  if (first === undefined || !/^['"`‘’“”|]+\s*\p{Lu}/u.test(first)) return line;
  const cells = [first.replace(/^['"`‘’“”|]+\s*/u, ''), ...line.cells.slice(1)];
  return { ...line, cells, text: cells.join(' ') };
}
