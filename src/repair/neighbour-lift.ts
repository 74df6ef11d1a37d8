// How much a word's neighbours favour a reading: the context model's features and the corpus's bigrams.
import { contextLogLift, type Neighbours } from './context-model.ts';
import { attestedWith } from './corpus-stats.ts';
import type { Lexicon } from './lexicon.ts';
import type { Candidate } from './candidate.ts';

/** Largest context swing one neighbour feature may cause, so a tiny corpus cannot shout. */
const MAX_LIFT = 3;

/** A reading the corpus attests beside its neighbour (neighbour's diacritics folded, so a damaged one still counts). */
const BIGRAM_BONUS = 1.5;
export function bigramLift(lexicon: Lexicon, c: Candidate, around: Neighbours): number {
  if (!lexicon.corpus || c.evidence === 'unknown') return 0;
  const left = around.left === '<s>' ? '' : around.left;
  const right = around.right === '</s>' || around.right === ',' || around.right === ':' ? '' : around.right;
  const seen = attestedWith(lexicon.corpus, c.lower, left, right);
  return (seen.left ? BIGRAM_BONUS : 0) + (seen.right ? BIGRAM_BONUS : 0);
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

export function contextLift(lexicon: Lexicon, lower: string, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) sum += Math.max(-MAX_LIFT, Math.min(MAX_LIFT, contextLogLift(lexicon.context, lower, [f])));
  return sum;
}
