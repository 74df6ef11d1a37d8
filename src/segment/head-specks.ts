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

// "z2", "1l": a speck read as a small letter and a figure together, which no label or name is ("S1 Personal", a staff
// function, has its capital).
const MIXED_SCRAP = /^(?:\p{Ll}\d|\d\p{Ll})$/u;

/** "z2 | Fatima Hussein", "z2 Fatima Hussein": a speck in the label column before a name, read as a letter and a figure. */
export function withoutLeadingMixedScrap(line: DocumentLine): DocumentLine {
  const first = line.cells[0];
  if (first === undefined) return line;
  if (line.cells.length >= 2 && MIXED_SCRAP.test(first.trim()) && /^\p{Lu}/u.test(line.cells[1]!.trim())) {
    const cells = line.cells.slice(1);
    return { ...line, cells, text: cells.join(' '), cellX: line.cellX?.slice(1) };
  }
  const glued = /^(\S{2})\s+(?=\p{Lu}\p{Ll})/u.exec(first);
  if (!glued || !MIXED_SCRAP.test(glued[1]!)) return line;
  const cells = [first.slice(glued[0].length), ...line.cells.slice(1)];
  return { ...line, cells, text: cells.join(' ') };
}
