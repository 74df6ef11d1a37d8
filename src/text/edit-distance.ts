// The one Levenshtein distance of the project: segmentation matches labels and names a typo
// away, repair aligns OCR with truth and looks for near domain words, and CER scores whole
// documents. Counted over code points, so a letter outside the BMP is one edit, not two.

// Rows reused across calls: repair asks for a distance for every unknown token.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Unicode code points of a string, or the string itself when every character is one UTF-16 unit. */
function units(text: string): string | string[] {
  return /[\uD800-\uDFFF]/.test(text) ? [...text] : text;
}

/**
 * Levenshtein distance between a and b: insertions, deletions and substitutions each cost 1.
 * With `max`, it stops as soon as the distance must exceed `max` and returns max + 1.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const s = units(a);
  const t = units(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  if (previousRow.length <= t.length) {
    previousRow = new Int32Array(t.length * 2 + 1);
    currentRow = new Int32Array(t.length * 2 + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= t.length; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowBest = i;
    const si = s[i - 1];
    for (let j = 1; j <= t.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (si === t[j - 1] ? 0 : 1));
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[t.length]!;
}

/** 1 for identical strings, 0 for nothing in common: 1 − distance / the longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(units(a).length, units(b).length);
  if (longer === 0) return 1;
  return 1 - editDistance(a, b) / longer;
}
