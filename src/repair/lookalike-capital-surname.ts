// Small letters whose capital is the same shape drawn larger (c, k, o, s, u, v, w, x, z, å, ä, ö)
// lose their case in OCR, and a short surname of such letters after a first name comes out in
// capitals ("Eva EK" for "Eva Ek"). A name after a first name is written with a capital and small
// letters; when the word in that case is a name the domain dictionary lists, the capitals are the
// misread small letters. An abbreviation holds at least one letter whose shapes differ ("Eva EKB").
import { casePattern } from './case-pattern.ts';
import type { Lexicon } from './lexicon.ts';
import type { PatternFix } from './patterns.ts';
import type { Token } from './tokenise.ts';

const SAME_SHAPE_CAPITALS = /^[CKOSUVWXZÅÄÖ]+$/u;
const FIRST_NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

export const LOOKALIKE_SURNAME_CONFIDENCE = 0.9;

/** The fix of a surname whose small letters came out as capitals after a first name, or null. */
export function lookalikeCapitalSurnameFix(tokens: readonly Token[], k: number, lexicon: Lexicon): PatternFix | null {
  const t = tokens[k]!;
  const previous = tokens[k - 1];
  const word = t.text;
  if (!previous || previous.chunk !== previous.text || !FIRST_NAME.test(previous.text) || word.length < 2) return null;
  if (casePattern(word) !== 'upper' || !SAME_SHAPE_CAPITALS.test(word.slice(1))) return null;
  const listed = lexicon.domain.get(word.toLowerCase());
  if (listed === undefined || casePattern(listed) !== 'title') return null;
  return { corrected: listed, confidence: LOOKALIKE_SURNAME_CONFIDENCE, reason: `pattern: '${word}' after a first name is the listed name '${listed}', its small letters read as capitals` };
}
