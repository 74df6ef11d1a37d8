// Letters whose capital is the small letter drawn larger (c, o, s, u, v, w, x, z, å, ä, ö) lose their
// case in OCR: only their height tells them apart, and a model misjudges it ("ulla", "wik", "värmdö").
// A word that Swedish writes only with a capital (a name the lexicon lists as a proper noun alone)
// yet came out in small letters with such an initial is the capital misread.
import { casePattern } from './case-pattern.ts';
import { isProperNounForm, type Lexicon } from './lexicon.ts';

const SAME_SHAPE_INITIAL = new Set(['c', 'o', 's', 'u', 'v', 'w', 'x', 'z', 'å', 'ä', 'ö']);
const MIN_LENGTH = 3;

// Most words it is asked about are the same few ("och", "som", "vid"): their answers are kept.
const memo = new WeakMap<Lexicon, Map<string, string | null>>();
const MAX_MEMO = 50_000;

/** The word with the capital it lost, or null when it is no such name. */
export function lostNameCapital(word: string, lexicon: Lexicon): string | null {
  if (word.length < MIN_LENGTH || !SAME_SHAPE_INITIAL.has(word[0]!)) return null;
  let known = memo.get(lexicon);
  if (!known) memo.set(lexicon, (known = new Map()));
  const hit = known.get(word);
  if (hit !== undefined) return hit;
  if (known.size >= MAX_MEMO) known.clear();
  const answer = nameCapital(word, lexicon);
  known.set(word, answer);
  return answer;
}

function nameCapital(word: string, lexicon: Lexicon): string | null {
  if (casePattern(word) !== 'lower' || !isProperNounForm(lexicon, word)) return null;
  const listed = lexicon.domain.get(word);
  if (listed !== undefined) return casePattern(listed) === 'lower' ? null : listed;
  return word[0]!.toUpperCase() + word.slice(1);
}
