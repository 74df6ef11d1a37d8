// The English model sometimes drops the ring of "två" together with its letter and writes "tv".
// The noun "tv" never stands bare before the word it would qualify (Swedish writes "tv-program",
// "tv-sändning"), while the numeral always does ("två justerare", "i två timmar", "två nya"): a
// "tv" followed by a small-letter word that is no conjunction, preposition or verb of its clause
// ("på tv och radio", "tv är") is the numeral. On a page the OCR read with å/ä/ö a "tv" is as printed.
import type { DamageLevel } from './document-profile.ts';
import type { PatternFix } from './patterns.ts';
import type { Token } from './tokenise.ts';

const WRITTEN = new Map([
  ['tv', 'två'],
  ['Tv', 'Två'],
]);
/** Small words that may follow the noun "tv" in a sentence, in their printed and their plain (OCR) spelling. */
const AFTER_NOUN = new Set([
  'och', 'eller', 'samt', 'som', 'men', 'utan', 'på', 'pa', 'i', 'med', 'för', 'for', 'till', 'av', 'om', 'från', 'fran',
  'vid', 'under', 'är', 'ar', 'var', 'har', 'hade', 'kan', 'ska', 'skall', 'blir', 'finns', 'visar', 'sänder', 'sander',
]);
const SMALL_WORD = /^\p{Ll}{2,}$/u;

export const NUMERAL_TWO_CONFIDENCE = 0.85;

/** The fix of a "tv" that is the numeral "två" with its å dropped, or null. */
export function numeralTwoFix(tokens: readonly Token[], k: number, level: DamageLevel): PatternFix | null {
  if (level === 'clean') return null;
  const t = tokens[k]!;
  const written = WRITTEN.get(t.chunk);
  const next = tokens[k + 1];
  if (written === undefined || !next || next.start !== next.chunkStart || !SMALL_WORD.test(next.text) || AFTER_NOUN.has(next.text)) return null;
  return { corrected: written, confidence: NUMERAL_TWO_CONFIDENCE, reason: "pattern: 'tv' before the word it counts is the numeral 'två' with its å dropped" };
}
