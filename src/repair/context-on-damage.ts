// The measured right-share of one class of decision: the context choosing among readings of a
// small-letter token nothing accepts, each reading only restoring å/ä/ö.
import type { Candidate } from './candidate.ts';
import type { DamageLevel } from './document-profile.ts';

const SWEDISH_VOWEL = /^[åäö]$/i;

/**
 * The context calibration (confidence.ts: p^1.5) is measured over every context decision, most of
 * them overriding a valid word ("har" → "här"), where a wrong one breaks the word. Where nothing
 * accepts the token, the change is not in doubt, only which reading: on the training pages
 * (training/ocr, training/scan-ocr and their unseen-face prints, eng) 19 of 20 such decisions were
 * right, 7 of 7 below 0.8. Below that share, so a user threshold of 0.9 still sees them as flags.
 */
export const CONTEXT_ON_DAMAGE_CONFIDENCE = 0.85;

/**
 * A small-letter token no list or split accepts as written, on a damaged page, for which the
 * context chose a reading that only puts å, ä or ö for single letters ("lan" → "län" after a
 * county's name, where the prior alone says "lån").
 */
export function isContextOnDamage(token: string, best: Candidate, original: Candidate, contextDecided: boolean, level: DamageLevel): boolean {
  return (
    contextDecided &&
    level === 'damaged' &&
    token === token.toLowerCase() &&
    original.evidence === 'unknown' &&
    best.evidence !== 'unknown' &&
    best.edits.length > 0 &&
    best.edits.every((e) => [...e.from].length === 1 && SWEDISH_VOWEL.test(e.to))
  );
}
