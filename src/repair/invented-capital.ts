// The English model has no small ö, ä or å, and reads the small letter as the
// capital O or A it resembles ("förklarade mötet Oppnat.", "Inget Ovrigt.").
// Swedish capitalises only proper nouns inside a sentence, so a capital
// restored into å/ä/ö right after a small-letter word is the small letter,
// unless the reading is a name: a capitalised entry of the domain dictionary
// (its proper-noun flag: dictionaries/README.md) or a surname of name elements.
import { casePattern } from './case-pattern.ts';
import { isCasedLetter } from './letter-classes.ts';
import { isProperNounForm, knowWord, nameSplit, type Lexicon } from './lexicon.ts';
import type { Token } from './tokenise.ts';

const SWEDISH_INITIAL = /^[åäö]/;
const SENTENCE_END = /[.!?:;]$/;
const VOWEL = /[aeiouyåäöéü]/;

/**
 * The token before `k` on the line is a word in small letters that ends no
 * sentence, and the token is no first name before a surname ("ordförande Asa Lind").
 * (A capitalised word before it proves nothing: hunspell lists first names
 * in small letters, so "Bengt Alund" and "Inget Ovrigt" look alike.)
 */
export function followsLowerCaseWord(tokens: readonly Token[], k: number): boolean {
  const previous = tokens[k - 1];
  if (!previous || !previous.text || SENTENCE_END.test(previous.chunk) || previous.chunk !== previous.text) return false;
  // At least two letters, so a lone speck or list letter ("a)") does not count.
  let letters = 0;
  for (const ch of previous.text) if (isCasedLetter(ch)) letters++;
  if (letters < 2 || casePattern(previous.text) !== 'lower') return false;
  return !beforeSurname(tokens, k);
}

/** "Asa Lind": a capitalised word right before another is a first name, whatever came before. */
function beforeSurname(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && casePattern(next.text) === 'title' && tokens[k]!.chunk === tokens[k]!.text;
}

/** A line at least this share of the page's widest line ran to the margin, so its sentence wrapped. */
const FULL_LINE_SHARE = 0.75;
/** Narrower pages are label columns and lists, where line ends say nothing of wrapping. */
const MIN_WRAP_WIDTH = 40;
const MIN_WRAPPED_WORDS = 4;

/**
 * The line before ran to the right margin and ends in a small-letter word that ends no
 * sentence: the typesetter wrapped the sentence there, so the first word of this line
 * stands after that word as surely as if it were on the same line ("förklarade årsmötet" /
 * "Oppnat."). A heading or a list item ends short of the margin, so it never counts.
 */
export function continuesWrappedSentence(previousLine: readonly Token[] | undefined, widest: number): boolean {
  if (!previousLine || previousLine.length < MIN_WRAPPED_WORDS || widest < MIN_WRAP_WIDTH) return false;
  const last = previousLine.at(-1)!;
  if (last.chunkStart + last.chunk.length < FULL_LINE_SHARE * widest) return false;
  return followsLowerCaseWord([...previousLine, { text: '', start: 0, chunk: '', chunkStart: 0 }], previousLine.length);
}

/** The first word of a line that continues a wrapped sentence, and no first name before a surname. */
export function opensWrappedContinuation(tokens: readonly Token[], k: number, continuesSentence: boolean): boolean {
  return continuesSentence && k === 0 && !beforeSurname(tokens, k);
}

/**
 * The token before `k` opens its sentence with a capital and is a listed word
 * ("Inget Ovrigt."). First names are listed too, so only a common reading
 * (COMMON_AFTER_OPENER) may then lose its capital; see isCommonEnoughAfterOpener.
 */
export function followsSentenceOpener(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const previous = tokens[k - 1];
  if (!previous || previous.chunk !== previous.text || casePattern(previous.text) !== 'title' || [...previous.text].length < 2) return false;
  const before = tokens[k - 2];
  if (before && !SENTENCE_END.test(before.chunk) && !/^\d{1,2}[.)]$/.test(before.chunk)) return false;
  const lower = previous.text.toLowerCase();
  // A word without a vowel is an abbreviation ("Nr", "Dnr", "Tfn"): a table's column label, not a
  // sentence's first word, so the capitalised word after it is the next label ("Nr Ärende").
  if (!VOWEL.test(lower)) return false;
  if (knowWord(lexicon, lower) !== 'lexicon') return false;
  return !beforeSurname(tokens, k);
}

/** Per million: a reading this common ("övrigt") is no surname after a first name. */
const COMMON_AFTER_OPENER = 100;
export function isCommonEnoughAfterOpener(readingLower: string, lexicon: Lexicon): boolean {
  return (lexicon.frequency.get(readingLower) ?? 0) >= COMMON_AFTER_OPENER;
}

/**
 * The OCR token opens with a capital that repair turns into å, ä or ö, and
 * the reading is a common word (no proper noun of the domain dictionary).
 */
export function isInventedCapital(word: string, readingLower: string, lexicon: Lexicon): boolean {
  if (casePattern(word) !== 'title' || !SWEDISH_INITIAL.test(readingLower)) return false;
  if (/^[ÅÄÖ]/.test(word)) return false;
  const listed = lexicon.domain.get(readingLower);
  if (listed !== undefined && casePattern(listed) !== 'lower') return false;
  // "i Alvsbyn" is "i Älvsbyn": hunspell lists the reading only as a proper noun.
  if (isProperNounForm(lexicon, readingLower)) return false;
  // A start and an end element of surnames ("åker+lund"): a name, whatever the compound says.
  return nameSplit(lexicon, readingLower) === null;
}
