// A capitalised word in a name pair keeps its spelling where both spellings are words, because
// surnames are often common words. That doubt needs the spelling as written to be in use: a
// place name the word lists hold in both spellings ("Region Norrmark" beside "Norrmärk") where
// the frequency list ranks only the one with å/ä/ö is that one, the plain spelling being a
// folded relic of the lists, not a name anybody writes.
import type { Candidate } from './candidate.ts';
import { isLostDiacritic } from './document-profile.ts';
import { isProperNounForm, type Lexicon } from './lexicon.ts';

/** Per million words: as often as a place or organ that minutes name. */
const MIN_READING_PER_MILLION = 10;

/**
 * The reading is a proper noun of the word lists that only puts back å, ä or ö the OCR wrote plain,
 * the frequency list ranks it at least `MIN_READING_PER_MILLION`, and neither that list nor the
 * corpus ever met the spelling as written. Common words are left out: a first name may spell one
 * ("Lana" beside "låna"), while a place's name is no person's.
 */
export function outranksUnrankedSpelling(lexicon: Lexicon, best: Candidate, original: Candidate): boolean {
  if (best.edits.length === 0 || !best.edits.every(isLostDiacritic) || !isProperNounForm(lexicon, best.lower)) return false;
  if ((lexicon.frequency.get(best.lower) ?? 0) < MIN_READING_PER_MILLION) return false;
  return lexicon.frequency.get(original.lower) === undefined && lexicon.corpus?.words.get(original.lower) === undefined;
}
