// Minutes typed before the 1970s write the preposition "å" where later Swedish writes "på"
// ("sammanträde å kommunalhuset", "anbud å 1 200 kronor"). The English model leaves its ring off
// ("a") or draws the letter as "&", and a lone letter is too short for the word decisions to weigh,
// so the token is read here from where it stands: a place noun in its definite form or an amount
// follows it, as "på" would have it (a line may open with it, its sentence wrapped). A plain "a" or
// "&" between small-letter words says nothing else in Swedish ("Bygg & Fasad" is capitalised, a list
// letter "a)" keeps its bracket), but an English "a" may stand before "market" or "10": only a page
// whose å/ä/ö the OCR lost systematically is read so.
import type { DamageLevel } from './document-profile.ts';
import type { PatternFix } from './patterns.ts';
import type { Token } from './tokenise.ts';

/** What the English model makes of a lone "å": the ring lost, or the letter drawn as an ampersand. */
const LOST_RING = new Set(['a', '&', 'a&']);
/** A noun in its definite form, singular or plural, or its genitive ("kommunalhuset", "gården", "nämndens"). */
const DEFINITE_NOUN = /^\p{Ll}{2,}(?:en|et|an|na)s?[,.]?$/u;
/** An amount, as typed ("2.850", "1 450": its first group). */
const AMOUNT = /^\d{1,3}(?:[.\s]\d{3})*(?:[,:]-)?$/;
/** A chunk that closes a sentence or a label: what follows starts afresh. */
const CLOSES = /[.!?:;]$/;
/** An abbreviation of letters and periods ("f.m.", "e.m."): its last period closes nothing. */
const DOTTED_ABBREVIATION = /^(?:\p{L}\.){2,}$/u;
// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const HAS_LETTER_OR_DIGIT = /[\p{L}\d]/u;

function closesSentence(chunk: string): boolean {
  return CLOSES.test(chunk) && !DOTTED_ABBREVIATION.test(chunk);
}

export const OLD_PREPOSITION_CONFIDENCE = 0.85;

/** The fix of a lone "a" or "&" that stands for the old preposition "å", or null. */
export function oldPrepositionFix(tokens: readonly Token[], k: number, level: DamageLevel): PatternFix | null {
  if (level !== 'damaged' || !LOST_RING.has(tokens[k]!.chunk)) return null;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!after || (before && (closesSentence(before.chunk) || !HAS_LETTER_OR_DIGIT.test(before.text)))) return null;
  const chunk = tokens[k]!.chunk;
  // "& 5" is a paragraph sign read as "&": an amount only follows a ring the OCR lost, and only
  // after a word on the same line, where a sum is being named ("anbud å 1 200").
  if (!DEFINITE_NOUN.test(after.chunk) && !(before && chunk !== '&' && AMOUNT.test(after.chunk))) return null;
  return {
    corrected: 'å',
    confidence: OLD_PREPOSITION_CONFIDENCE,
    reason: "pattern: a lone 'a' or '&' before a definite noun or an amount is the old preposition 'å' with its ring lost",
  };
}
