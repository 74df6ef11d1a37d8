// Classes of tokens repair must never touch: addresses, numbers and dates,
// abbreviations. A wrong change is worse than a missed one.
import { isCasedLetter } from './letter-classes.ts';

const DOMAIN_ENDINGS = ['.se', '.com', '.nu', '.org', '.net', '.eu', '.info'];

/** True for URLs and e-mail addresses, judged on the whole chunk. */
export function isAddress(chunk: string): boolean {
  const lower = chunk.toLowerCase();
  if ((lower.includes('@') && !isLetterAt(lower)) || lower.includes('://') || lower.startsWith('www.')) return true;
  for (const end of DOMAIN_ENDINGS) {
    const at = lower.indexOf(end);
    if (at > 0 && (at + end.length === lower.length || !isLetter(lower[at + end.length]!))) return true;
  }
  return false;
}

// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const LETTERS_AT_LETTERS = /^[("'‘“]?\p{L}+@\p{L}+[.,:;!?)"'’”]?$/u;

/**
 * "Socialnd@mnden", "Mé@ssan": an @ between letters in one word with no dot in it is the English
 * model's ä, not an address; an address has a domain ("anna@kommun.se") or a dotted name before
 * the @ ("anna.berg@"). Read as a letter, an address spells no word, so repair leaves it as it is.
 */
function isLetterAt(lower: string): boolean {
  return LETTERS_AT_LETTERS.test(lower);
}

/**
 * Numbers, dates, times, amounts and codes like "ÖP2030": tokens whose digits
 * cannot be misread letters, because they stand next to other digits or few letters.
 */
export function isNumeric(text: string): boolean {
  let digits = 0;
  let letters = 0;
  let adjacentDigits = false;
  let previousDigit = false;
  for (const ch of text) {
    const digit = ch >= '0' && ch <= '9';
    if (digit) {
      digits++;
      if (previousDigit) adjacentDigits = true;
    } else if (isLetter(ch)) letters++;
    previousDigit = digit;
  }
  if (digits === 0) return false;
  // Four or more letters make it a word with misread letters ("10sning", "Tyres6").
  if (letters >= 4 && digits <= 2) return false;
  // So do three after one or two digits that OCR makes of letters (1 for l, 6 for ö, 0 for o, 4 for ä),
  // unless the letters are a unit a quantity is written with ("16per" is "löper"; "16min", "10tkr" stay).
  if (letters === 3 && digits <= 2 && LETTER_DIGITS_THEN_WORD.test(text) && !UNITS.has(text.replace(/^\d+/, '').toLowerCase())) return false;
  // One capital before digits is a code (a road "E4", a paper size "A4", a staff function "S1"), no "El" or "Sl".
  if (CAPITAL_CODE.test(text)) return true;
  return letters === 0 || adjacentDigits || digits > 2;
}

/** Upper-case abbreviations of at most three letters (KS, KF, SN, MP, SD). */
export function isShortAbbreviation(text: string): boolean {
  if (text.length < 2 || text.length > 3) return false;
  for (const ch of text) if (!(ch >= 'A' && ch <= 'Z') && ch !== 'Ö' && ch !== 'Å' && ch !== 'Ä') return false;
  return true;
}

const CAPITAL_CODE = /^\p{Lu}\d+$/u;
const LETTER_DIGITS_THEN_WORD = /^[0146]{1,2}\p{Ll}{3}$/u;
/** Units of three letters written straight after a number ("15min", "10tkr", "2ggr"). */
const UNITS = new Set(['min', 'tim', 'sek', 'tkr', 'mkr', 'mdr', 'kvm', 'kbm', 'ggr', 'dgr', 'kwh', 'mwh', 'gwh', 'mil', 'års', 'mån']);

function isLetter(ch: string): boolean {
  return isCasedLetter(ch);
}
