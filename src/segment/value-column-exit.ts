import type { DocumentLine } from './document-lines.ts';

/**
 * With geometry, a row that starts nearer the label column than the value
 * column of the field being read ("Plats  Kommunhuset …" then a paragraph at
 * the margin) is no longer that field's value, even without a blank row.
 */
export function leavesValueColumn(line: DocumentLine, columns: { label: number; value: number } | null): boolean {
  // A speckle read as a letter ("i") in the label column says nothing about where the row starts.
  const first = line.cells.findIndex((c) => c.replace(/[^\p{L}\d]/gu, '').length >= 2);
  const x = first === -1 ? undefined : line.cellX?.[first];
  if (x === undefined || columns === null || columns.value - columns.label <= 0) return false;
  return Math.abs(x - columns.label) < Math.abs(x - columns.value);
}
