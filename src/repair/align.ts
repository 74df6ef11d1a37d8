// Alignment of OCR output against a known truth, used to learn confusions and
// to evaluate repair. Plain dynamic programming; inputs are a few thousand words.
import { editDistance } from '../text/edit-distance.ts';

/** One aligned pair; null on one side is an insertion or deletion. */
export interface WordPair {
  truth: string | null;
  ocr: string | null;
}

/** Aligns two word sequences, preferring to pair words that look alike. */
export function alignWords(truth: readonly string[], ocr: readonly string[]): WordPair[] {
  const n = truth.length;
  const m = ocr.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) cost[i * width] = i;
  for (let j = 1; j <= m; j++) cost[j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const sub = cost[(i - 1) * width + j - 1]! + substitutionCost(truth[i - 1]!, ocr[j - 1]!);
      const del = cost[(i - 1) * width + j]! + 1;
      const ins = cost[i * width + j - 1]! + 1;
      cost[i * width + j] = Math.min(sub, del, ins);
    }
  }
  const pairs: WordPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j]!;
    if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1]! + substitutionCost(truth[i - 1]!, ocr[j - 1]!)) {
      pairs.push({ truth: truth[i - 1]!, ocr: ocr[j - 1]! });
      i--;
      j--;
    } else if (i > 0 && here === cost[(i - 1) * width + j]! + 1) {
      pairs.push({ truth: truth[i - 1]!, ocr: null });
      i--;
    } else {
      pairs.push({ truth: null, ocr: ocr[j - 1]! });
      j--;
    }
  }
  return pairs.reverse();
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  // Below 2, so a damaged word pairs with its truth rather than becoming a gap pair.
  return (1.9 * editDistance(a, b)) / Math.max(a.length, b.length);
}

/** One character-level edit: a truth string (0–2 chars) read as an OCR string (0–2 chars). */
export interface CharEdit {
  truth: string;
  ocr: string;
}

/**
 * Aligns the characters of one word pair, allowing 1→2 and 2→1 edits
 * (ö read as "oé", "rn" read as "m"), and returns every aligned unit,
 * identities included so that callers can estimate probabilities.
 */
export function alignChars(truth: string, ocr: string): CharEdit[] {
  const t = [...truth];
  const o = [...ocr];
  const width = o.length + 1;
  const cost = new Float64Array((t.length + 1) * width).fill(Infinity);
  const move = new Int8Array((t.length + 1) * width);
  cost[0] = 0;
  const steps: Array<[number, number, number]> = [
    [1, 1, 0],
    [1, 0, 1],
    [0, 1, 1],
    [1, 2, 1.2],
    [2, 1, 1.2],
  ];
  for (let i = 0; i <= t.length; i++) {
    for (let j = 0; j <= o.length; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      steps.forEach(([di, dj, base], index) => {
        if (i < di || j < dj) return;
        const prior = cost[(i - di) * width + j - dj]!;
        const same = di === 1 && dj === 1 && t[i - 1] === o[j - 1];
        const c = prior + (same ? 0 : base === 0 ? 1 : base);
        if (c < best) {
          best = c;
          bestMove = index;
        }
      });
      cost[i * width + j] = best;
      move[i * width + j] = bestMove;
    }
  }
  const edits: CharEdit[] = [];
  let i = t.length;
  let j = o.length;
  while (i > 0 || j > 0) {
    const [di, dj] = steps[move[i * width + j]!]!;
    edits.push({ truth: t.slice(i - di, i).join(''), ocr: o.slice(j - dj, j).join('') });
    i -= di;
    j -= dj;
  }
  return edits.reverse();
}
