// How likely a string is as a word before the token is looked at: its frequency if listed,
// a floor for listed words the frequency list lacks, and priors for compounds, names and unknowns.
import type { Candidate } from './candidate.ts';
import { knowWord, type Lexicon } from './lexicon.ts';

/** Prior of a lexicon word missing from the frequency list, per million. */
export const DEFAULT_PER_MILLION = 1;
export const DOMAIN_PER_MILLION = 20;
/** A compound costs this much (log) against a listed word, plus its split penalty. */
export const COMPOUND_LOG_PENALTY = 1.5;
/** Prior of a word nobody knows being right as written: names, rare words. */
export const UNKNOWN_LOG_PRIOR = Math.log(1e-9);
export const UNKNOWN_NAME_LOG_PRIOR = Math.log(3e-8);
/** Longer capitalised words get no name prior: a surname or place this long is a compound the lists should explain. */
export const MAX_NAME_LENGTH = 16;
/** A capitalised word made of name elements ("Grön+dahl"): a plausible name, weaker than a listed one. */
export const NAME_COMPOUND_LOG_PRIOR = Math.log(1e-6) - 1;
/** A name whose first part no list holds, told only by its end element (name-end-reading.ts): weaker still. */
export const UNLISTED_START_NAME_LOG_PRIOR = NAME_COMPOUND_LOG_PRIOR - 2;

export function wordLogPrior(lexicon: Lexicon, lower: string): number {
  const pm = lexicon.frequency.get(lower);
  if (pm !== undefined) return Math.log(pm / 1e6);
  return Math.log((lexicon.domain.has(lower) ? DOMAIN_PER_MILLION : DEFAULT_PER_MILLION) / 1e6);
}

/** Scores one string as a word: listed, domain, compound, or null. */
export function judge(lexicon: Lexicon, lower: string): Pick<Candidate, 'evidence' | 'parts'> & { prior: number } | null {
  const known = knowWord(lexicon, lower);
  if (known) return { evidence: known, prior: wordLogPrior(lexicon, lower) };
  return null;
}

export function perMillion(lexicon: Lexicon, lower: string): number {
  return lexicon.frequency.get(lower) ?? DEFAULT_PER_MILLION;
}

/**
 * A compound is as common as its last part allows: "sommarlovs+läsningen" beats
 * "sommarlovs+låsningen" because reading is far commoner than locking. Only a
 * head commoner than an unranked word earns anything, and never much, since
 * the first parts say nothing about it.
 */
const HEAD_WEIGHT = 0.5;
const MAX_HEAD_BONUS = 2;
export function headLogBonus(lexicon: Lexicon, head: string): number {
  const pm = lexicon.frequency.get(head);
  if (pm === undefined || pm <= DEFAULT_PER_MILLION) return 0;
  return Math.min(MAX_HEAD_BONUS, HEAD_WEIGHT * Math.log(pm / DEFAULT_PER_MILLION));
}
