// A compound that is a listed word only half repaired: on a damaged page it is no rival of that word.
import type { Candidate } from './candidate.ts';
import { foldDiacritics } from './reading-case.ts';

const SWEDISH_VOWEL = /[åäö]/;

/**
 * Drops, from a damaged page's rivals, every compound split that spells a listed rival with some
 * of its å/ä/ö left as the OCR wrote them: "varme+böljor" beside "värmeböljor" (a plain a kept),
 * "förenings+stimma" beside "föreningsstämma" (an i kept where the listed word reads ä). Swedish
 * compounds are made freely, so some split fits almost any half-repaired spelling; a listed word
 * that explains every slip is the likelier reading. The token as written is always kept.
 */
export function dropHalfRepairedCompounds(rivals: Candidate[], original: Candidate, token: string): void {
  const listed = rivals.filter((c) => c.evidence === 'lexicon' || c.evidence === 'domain');
  if (listed.length === 0) return;
  const listedFolds = new Set(listed.map((c) => foldDiacritics(c.lower)));
  const ocr = [...token.toLowerCase()];
  for (let k = rivals.length - 1; k >= 0; k--) {
    const c = rivals[k]!;
    if (c === original || c.evidence !== 'compound') continue;
    if (listedFolds.has(foldDiacritics(c.lower)) || listed.some((l) => keepsOcrLettersOf(c.lower, l.lower, ocr))) rivals.splice(k, 1);
  }
}

/**
 * `half` agrees with `whole` letter for letter, except where `whole` has å/ä/ö and `half` keeps the
 * letter the OCR wrote there; and it keeps at least one. Only same-length readings compare.
 */
export function keepsOcrLettersOf(half: string, whole: string, ocr: readonly string[]): boolean {
  const a = [...half];
  const b = [...whole];
  if (a.length !== b.length || b.length !== ocr.length) return false;
  let kept = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!SWEDISH_VOWEL.test(b[i]!) || a[i] !== ocr[i]) return false;
    kept++;
  }
  return kept > 0;
}
