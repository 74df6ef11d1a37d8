// "sammanträde halles" is "hålles": the lists hold both "hålles" and "hälles" and rank neither, so
// the word prior alone cannot tell them apart. An s-passive is as common as its verb: "hålla" is
// met some forty times as often as "hälla" in the corpus (corpus-words.tsv.gz), so its passive is
// the likelier reading of a token that is no word as written.
import type { Candidate } from './candidate.ts';
import type { Lexicon } from './lexicon.ts';
import { knowWord } from './lexicon.ts';

/** Per million: a form the frequency lists rank no higher than this is unranked (the corpus lists it, never beside a word). */
const UNRANKED_PER_MILLION = 2;
/** Half the log of the verb's frequency, as a compound's head earns (word-prior.ts): its passive is rarer than the verb. */
const FAMILY_WEIGHT = 0.5;
const MIN_STEM_LENGTH = 3;

/**
 * Log bonus for an unranked passive reading ("-es", "-s") of a token no list accepts, from the
 * frequency of its verb's infinitive or present (stem + "a", stem + "er").
 */
export function passiveFamilyLift(lexicon: Lexicon, c: Candidate, original: Candidate): number {
  if (c === original || original.evidence !== 'unknown' || c.evidence !== 'lexicon') return 0;
  if ((lexicon.frequency.get(c.lower) ?? 0) > UNRANKED_PER_MILLION) return 0;
  const stem = c.lower.endsWith('es') ? c.lower.slice(0, -2) : c.lower.endsWith('s') ? c.lower.slice(0, -1) : undefined;
  if (stem === undefined || stem.length < MIN_STEM_LENGTH || knowWord(lexicon, `${stem}a`) !== 'lexicon') return 0;
  const family = Math.max(lexicon.frequency.get(`${stem}a`) ?? 0, lexicon.frequency.get(`${stem}er`) ?? 0);
  return family > UNRANKED_PER_MILLION ? FAMILY_WEIGHT * Math.log(family / UNRANKED_PER_MILLION) : 0;
}
