// The measured right-share of one class of decision: a small-letter token nothing accepts,
// read as a compound by restoring å/ä/ö alone.
import type { Candidate } from './candidate.ts';
import type { DamageLevel } from './document-profile.ts';

const SWEDISH_VOWEL = /^[åäö]$/i;

/**
 * On the training pages (training/ocr, training/scan-ocr and their unseen-face prints, eng), 172 of
 * 173 such decisions were right, while the softmax over near-twin compounds ("sommarlovs+läsningen"
 * beside "sommarlovs+låsningen") and the calibration left some at 0.6–0.8. Below the 0.99 the share
 * measures: a user threshold of 0.9 still sees them as flags.
 */
export const RESTORED_COMPOUND_CONFIDENCE = 0.85;

/**
 * A small-letter token no list or split accepts as written, on a damaged page, whose best reading
 * is a compound that only puts å, ä or ö for single letters ("vardbesok" → "vård+besök"), and no
 * listed word competes: the token is damage (small-letter words are no names), and every reading in
 * the running tells the same slips. A listed rival ("fäll" beside "till") leaves it to the softmax.
 */
export function isRestoredCompound(
  token: string,
  best: Candidate,
  original: Candidate,
  rivals: readonly Candidate[],
  level: DamageLevel,
): boolean {
  return (
    level === 'damaged' &&
    token === token.toLowerCase() &&
    original.evidence === 'unknown' &&
    best.evidence === 'compound' &&
    best.edits.length > 0 &&
    best.edits.every((e) => [...e.from].length === 1 && SWEDISH_VOWEL.test(e.to)) &&
    !rivals.some((c) => c !== best && (c.evidence === 'lexicon' || c.evidence === 'domain'))
  );
}
