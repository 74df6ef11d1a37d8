// How much a word's neighbours favour a reading: the context model's features and the corpus's bigrams.
import { CONTEXT_SMOOTHING, featureWeight, type Neighbours } from './context-model.ts';
import { attestedWith, foldDiacritics, pairedReadings } from './corpus-stats.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate } from './candidate.ts';

/** Largest context swing one neighbour feature may cause, so a tiny corpus cannot shout. */
const MAX_LIFT = 3;

/** A reading the corpus attests beside its neighbour (neighbour's diacritics folded, so a damaged one still counts). */
const BIGRAM_BONUS = 1.5;

/** How much one word's neighbours lift each of its readings: the context model's features and the corpus's bigrams. */
export interface NeighbourLifts {
  context(lower: string): number;
  bigram(c: Candidate): number;
}

/**
 * The neighbours' side of the lifts, looked up once per word: every reading of it is weighed beside the same
 * neighbours, so each feature's row and total and each neighbour's folded spelling are the same for all of them.
 */
export function neighbourLifts(lexicon: Lexicon, around: Neighbours, features: readonly string[]): NeighbourLifts {
  const model = lexicon.context;
  const rows = features.map((f) => ({ total: model.featureTotals.get(f) ?? 0, weight: featureWeight(f), row: model.features.get(f) }));
  const corpus = lexicon.corpus;
  const left = around.left === '<s>' ? '' : around.left;
  const right = around.right === '</s>' || around.right === ',' || around.right === ':' ? '' : around.right;
  const leftKey = left.length > 0 ? `${foldDiacritics(left)}\u0002` : '';
  const rightKey = right.length > 0 ? `\u0001${foldDiacritics(right)}` : '';
  const paired = corpus ? pairedReadings(corpus.pairs) : undefined;
  return {
    context(lower: string): number {
      let sum = 0;
      const wordCount = model.unigrams.get(lower) ?? 0;
      if (wordCount === 0) return sum;
      // contextLogLift (context-model.ts) term by term, one feature at a time, each capped.
      for (const { total, weight, row } of rows) {
        let lift = 0;
        if (total !== 0) {
          const expected = (wordCount * total) / model.total;
          const together = row?.get(lower) ?? 0;
          lift += weight * Math.log((together + CONTEXT_SMOOTHING) / (expected + CONTEXT_SMOOTHING));
        }
        sum += Math.max(-MAX_LIFT, Math.min(MAX_LIFT, lift));
      }
      return sum;
    },
    bigram(c: Candidate): number {
      if (!corpus || !paired || c.evidence === 'unknown') return 0;
      const seenLeft = leftKey.length > 0 && paired.withLeft.has(c.lower) && corpus.pairs.has(`${leftKey}${c.lower}`);
      const seenRight = rightKey.length > 0 && paired.withRight.has(c.lower) && corpus.pairs.has(`${c.lower}${rightKey}`);
      return (seenLeft ? BIGRAM_BONUS : 0) + (seenRight ? BIGRAM_BONUS : 0);
    },
  };
}

/** The corpus pairs `c` with a neighbour the original is never seen beside: a slipped letter the context gives away. */
export function corpusPrefers(lexicon: Lexicon, c: Candidate, original: Candidate, around: Neighbours): boolean {
  if (!lexicon.corpus) return false;
  const left = around.left === '<s>' ? '' : around.left;
  const right = around.right === '</s>' || around.right === ',' || around.right === ':' ? '' : around.right;
  const mine = attestedWith(lexicon.corpus, c.lower, left, right);
  const theirs = attestedWith(lexicon.corpus, original.lower, left, right);
  return (mine.left && !theirs.left && !theirs.right) || (mine.right && !theirs.right && !theirs.left);
}
