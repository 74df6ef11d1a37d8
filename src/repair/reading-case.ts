// Writes a reading in the case the token was printed in (Sodertorn → Södertörn, SODERTORN → SÖDERTÖRN).
import { applyCasePattern, casePattern } from './case-pattern.ts';

/**
 * The token's capitalisation on the reading. A token opening with a zero
 * ("0vriga") opens with a capital; a mixed-case
 * token ("frAgade", "KommunKkansliet") is OCR noise, so only its first letter's case counts.
 */
const FOLDED: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };
export function foldDiacritics(lower: string): string {
  let out = '';
  for (const ch of lower) out += FOLDED[ch] ?? ch;
  return out;
}

// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const HAS_SMALL_LETTER = /\p{Ll}/u;

export function writeInCaseOf(word: string, reading: string): string {
  const first = word[0] ?? '';
  // A capital I the reading turns into l was a small l ("I6per" → "löper"): a capital L
  // looks nothing like I, so the letters after it carry the word's case.
  if (first === 'I' && reading[0]?.toLowerCase() === 'l' && casePattern(word.slice(1)) === 'lower' && HAS_SMALL_LETTER.test(word.slice(1))) {
    return reading.toLowerCase();
  }
  // Likewise a capital the table reads as a small å, ä or ö ("Sppnat" → "öppnat": a small ö the
  // English model drew as S): the table's small letter says which case was printed.
  if (/^[a-z]$/i.test(first) && first !== first.toLowerCase() && /^[åäö]/.test(reading) && casePattern(word.slice(1)) === 'lower' && HAS_SMALL_LETTER.test(word.slice(1))) {
    return reading.toLowerCase();
  }
  const pattern = casePattern(word);
  // A zero is as tall and round as Ö ("0vriga"); a 6 is the small ö ("6ppnade").
  if (pattern === 'lower' && first === '0') return applyCasePattern(reading, 'title');
  if (pattern !== 'mixed') return applyCasePattern(reading, pattern);
  return applyCasePattern(reading, first === first.toLowerCase() ? 'lower' : 'title');
}


export function learnedForm(word: string, right: string): string {
  const pattern = casePattern(word);
  // A learned right form with its own capitals (a name) is written as learned.
  return pattern === 'lower' && casePattern(right) !== 'lower' ? right : pattern === 'mixed' ? right : applyCasePattern(right, pattern);
}
