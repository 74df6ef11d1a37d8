// Letters whose capital is the small letter drawn larger (c, o, s, u, v, w, x, z, å, ä, ö) lose their
// case in OCR: only their height tells them apart, and a model misjudges it ("ulla", "wik", "värmdö").
// A word that Swedish writes only with a capital (a name the lexicon lists as a proper noun alone)
// yet came out in small letters with such an initial is the capital misread.
import { casePattern } from './case-pattern.ts';
import { isProperNounForm, type Lexicon } from './lexicon.ts';

const SAME_SHAPE_INITIAL = new Set(['c', 'o', 's', 'u', 'v', 'w', 'x', 'z', 'å', 'ä', 'ö']);
const MIN_LENGTH = 3;

/** The word with the capital it lost, or null when it is no such name. */
export function lostNameCapital(word: string, lexicon: Lexicon): string | null {
  if (word.length < MIN_LENGTH || !SAME_SHAPE_INITIAL.has(word[0]!) || casePattern(word) !== 'lower') return null;
  if (!isProperNounForm(lexicon, word)) return null;
  const listed = lexicon.domain.get(word);
  if (listed !== undefined) return casePattern(listed) === 'lower' ? null : listed;
  return word[0]!.toUpperCase() + word.slice(1);
}
