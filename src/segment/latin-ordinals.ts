// Older Swedish typescript numbers the points of a kungörelse or kallelse with Latin ordinals: "1:o", "2:o", "3:o"
// (primo, secundo, tertio), at times "1:mo", "2:do". Read as the number with a stop, the point is an ordinary numbered
// point. OCR reads the raised "o" as a nought ("6:0"); that reading counts only before a capitalised title or alone in
// its cell, where no clock time or score would stand.
const LATIN_ORDINAL = /^(\s*\d{1,2}):(?:o|mo|do|tio)\.?(?=\s|$)/u;
const ORDINAL_READ_AS_NOUGHT = /^(\s*\d{1,2}):0\.?(?=\s+\p{Lu}\p{Ll}|\s*$)/u;

/** "2:o Val av revisorer" → "2. Val av revisorer"; other cells unchanged. */
export function withLatinOrdinal(cell: string): string {
  if (LATIN_ORDINAL.test(cell)) return cell.replace(LATIN_ORDINAL, '$1.');
  return ORDINAL_READ_AS_NOUGHT.test(cell) ? cell.replace(ORDINAL_READ_AS_NOUGHT, '$1.') : cell;
}
