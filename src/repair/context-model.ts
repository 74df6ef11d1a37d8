// A small naive-Bayes context model: how much a left or right neighbour (the
// word itself, or its last two letters as a rough word class) makes a word
// more or less likely than its overall frequency. Learned from Swedish text
// by scripts/build-lexicon.ts; used to choose between readings that are all
// real words ("ar" → "år" after "varje", → "är" after "det").

import { tokeniseLine } from './tokenise.ts';

export interface ContextModelData {
  /** Running words seen in training. */
  total: number;
  unigrams: Record<string, number>;
  /** feature → word → count. */
  features: Record<string, Record<string, number>>;
}

export interface ContextModel {
  total: number;
  unigrams: Map<string, number>;
  features: Map<string, Map<string, number>>;
  featureTotals: Map<string, number>;
}

export interface Neighbours {
  /** Lower-case word to the left, or '<s>' at a line or sentence start. */
  left: string;
  /** Lower-case word to the right, or a punctuation mark (',' or a label's ':') / '</s>'. */
  right: string;
}

const BOUNDARY_LEFT = '<s>';
const BOUNDARY_RIGHT = '</s>';
// Pseudo-count pulling observed co-occurrence toward what chance predicts.
export const CONTEXT_SMOOTHING = 0.3;
const SMOOTHING = CONTEXT_SMOOTHING;
const FEATURE_WEIGHT: Record<string, number> = { L: 1, R: 1, Ls: 0.5, Rs: 0.5 };

/** A feature's weight by its kind ("L:", "Rs:" …). */
export function featureWeight(f: string): number {
  return FEATURE_WEIGHT[f.slice(0, f.indexOf(':'))] ?? 1;
}

/** The features a position offers: exact neighbours and their two-letter endings. */
export function contextFeatures(n: Neighbours): string[] {
  const out = [`L:${n.left}`, `R:${n.right}`];
  if (n.left.length > 3) out.push(`Ls:${n.left.slice(-2)}`);
  if (n.right.length > 3) out.push(`Rs:${n.right.slice(-2)}`);
  return out;
}

/** Learns unigram and neighbour counts from plain Swedish text. */
export function learnContextModel(text: string): ContextModelData {
  const unigrams: Record<string, number> = {};
  const features: Record<string, Record<string, number>> = {};
  let total = 0;
  for (const line of text.split('\n')) {
    const tokens = tokeniseLine(line);
    const positions = neighbourList(tokens.map((t) => ({ text: t.text, chunk: t.chunk })));
    tokens.forEach((t, k) => {
      const word = t.text.toLowerCase();
      if (!word) return;
      total++;
      unigrams[word] = (unigrams[word] ?? 0) + 1;
      for (const f of contextFeatures(positions[k]!)) {
        const row = (features[f] ??= {});
        row[word] = (row[word] ?? 0) + 1;
      }
    });
  }
  return { total, unigrams, features };
}

/**
 * Neighbours of each token in a line: sentence punctuation on a chunk is a
 * boundary, since "år." and "är det" differ by what follows.
 */
export function neighbourList(tokens: ReadonlyArray<{ text: string; chunk: string }>): Neighbours[] {
  return tokens.map((t, k) => {
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    // A colon closes a label ("När:", "Plats:"), not a sentence: what the word says before it is no sentence's end.
    const trailing = t.chunk.endsWith(',') ? ',' : t.chunk.endsWith(':') ? ':' : endsSentence(t.chunk) ? BOUNDARY_RIGHT : null;
    return {
      left: !before || endsSentence(before.chunk) || !before.text ? BOUNDARY_LEFT : before.text.toLowerCase(),
      right: trailing ?? (!after || !after.text ? BOUNDARY_RIGHT : after.text.toLowerCase()),
    };
  });
}

function endsSentence(chunk: string): boolean {
  return /[.!?:;]$/.test(chunk);
}

export function contextModelFrom(data: ContextModelData): ContextModel {
  const features = new Map<string, Map<string, number>>();
  const featureTotals = new Map<string, number>();
  for (const [f, row] of Object.entries(data.features)) {
    const m = new Map(Object.entries(row));
    features.set(f, m);
    let sum = 0;
    for (const v of m.values()) sum += v;
    featureTotals.set(f, sum);
  }
  return { total: data.total, unigrams: new Map(Object.entries(data.unigrams)), features, featureTotals };
}

/**
 * log of how much the neighbours raise `word` above its base rate (0 = no
 * information). Words the model never saw get 0.
 */
export function contextLogLift(model: ContextModel, word: string, featureList: readonly string[]): number {
  const wordCount = model.unigrams.get(word) ?? 0;
  if (wordCount === 0) return 0;
  let lift = 0;
  for (const f of featureList) {
    const featureCount = model.featureTotals.get(f) ?? 0;
    if (featureCount === 0) continue;
    const weight = featureWeight(f);
    const expected = (wordCount * featureCount) / model.total;
    const together = model.features.get(f)?.get(word) ?? 0;
    lift += weight * Math.log((together + SMOOTHING) / (expected + SMOOTHING));
  }
  return lift;
}
