// How much a compound analysis takes from a listed word's share of a decision.
import type { Candidate } from './candidate.ts';

const RESTORES_SWEDISH_VOWEL = /[åäöÅÄÖ]/;

/**
 * The weight of a compound-only reading's share beside a listed word that only restores å/ä/ö.
 * On the training pages (scripts/eval-repair.ts --calibrate pages, eng and swe, with their unseen-face
 * prints) none of 197 decisions for such a listed word over a compound-only runner-up was wrong,
 * while the softmax left some of them at 0.6–0.8 ("stimman": the token splits as stim+man).
 * A split fits almost any string; a listed word is known to exist. A tenth of its share, no less:
 * a listed word's slips are still weighed against every listed rival in full.
 */
export const COMPOUND_SHARE_BESIDE_LISTED = 0.1;

/** A reading nothing lists, that only a compound split accepts (the token as written included). */
function isCompoundOnly(c: Candidate, original: Candidate): boolean {
  return c.evidence === 'compound' || (c === original && c.smallProperNoun === true);
}

/** A listed word (no name made of elements) whose every edit restores å, ä or ö: "stämman" for "stimman". */
export function restoresListedWord(c: Candidate): boolean {
  return (c.evidence === 'lexicon' || (c.evidence === 'domain' && !c.parts)) && c.edits.length > 0 && c.edits.every((e) => RESTORES_SWEDISH_VOWEL.test(e.to));
}

/**
 * The best reading's probability among the scored readings, each compound-only reading's share
 * weighed down where the best one is a listed word that only restores å/ä/ö.
 */
export function shareOfBest(scored: ReadonlyArray<{ c: Candidate; score: number }>, best: { c: Candidate; score: number }, original: Candidate): number {
  const listedBest = restoresListedWord(best.c);
  let total = 0;
  for (const s of scored) {
    const share = Math.exp(s.score - best.score);
    total += listedBest && s !== best && isCompoundOnly(s.c, original) ? share * COMPOUND_SHARE_BESIDE_LISTED : share;
  }
  return 1 / total;
}
