// The English model reads a small ö or ä as the capital O or A it resembles (invented-capital.ts). After a
// small-letter word such a capital is plainly the small letter; after a capitalised word it may be a name
// ("Anna Öberg"), except where Swedish never writes a capital: a verb after the name that is its subject
// ("Anita öppnade mötet", "Eva önskar") and a noun after a genitive that owns it ("Bibliotekets
// öppettider", "Mötets öppnande"). First names ending in s ("Lars", "Jonas") are no genitive of that
// shape: a definite noun's genitive ends in -ets, -ens, -ans or -nas, and is six letters long at least.
import { casePattern } from './case-pattern.ts';
import { isCasedLetter } from './letter-classes.ts';
import type { Lexicon } from './lexicon.ts';
import { isVerbInfinitive } from './reading-checks.ts';
import type { Token } from './tokenise.ts';

const DEFINITE_GENITIVE = /(?:ets|ens|ans|nas)$/;
const MIN_GENITIVE_LENGTH = 6;

/** What the capitalised word right before token `k` is: a definite noun's genitive, another word, or none. */
export function capitalisedBefore(tokens: readonly Token[], k: number): 'genitive' | 'word' | undefined {
  const previous = tokens[k - 1];
  if (!previous || previous.chunk !== previous.text || casePattern(previous.text) !== 'title') return undefined;
  let letters = 0;
  for (const ch of previous.text) if (isCasedLetter(ch)) letters++;
  if (letters < 2 || letters !== previous.text.length) return undefined;
  return letters >= MIN_GENITIVE_LENGTH && DEFINITE_GENITIVE.test(previous.text) ? 'genitive' : 'word';
}

/**
 * A first-conjugation verb's past ("öppnade") or present ("önskar") tense, told by its infinitive, which
 * has a present and a past tense of its own ("ängar" is a plural: no "ängade" makes "änga" a verb).
 */
export function isFiniteVerb(lexicon: Lexicon, lower: string): boolean {
  if (lower.endsWith('ade')) return isVerbInfinitive(lexicon, lower.slice(0, -2));
  if (lower.endsWith('ar')) return isVerbInfinitive(lexicon, lower.slice(0, -1));
  return false;
}
