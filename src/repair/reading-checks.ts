// Tests of one reading against the token it would replace: what its edits do to the letters,
// and what the lexicon says of the reading as a name, a name element or a verb.
import { casePattern } from './case-pattern.ts';
import { isLostDiacritic } from './document-profile.ts';
import { knowWord, nameSplit, type Lexicon } from './lexicon.ts';
import type { Candidate } from './candidate.ts';

/**
 * "Hjarne" is no slip for "Bjarne": a capital initial is printed large, and
 * one capital consonant read for another turns one name into another.
 */
export function swapsCapitalInitial(edit: { from: string; to: string }): boolean {
  return edit.from.length === 1 && edit.to.length === 1 && edit.from !== edit.to && /[A-Z]/.test(edit.from) && /[A-Z]/.test(edit.to);
}

/** An edit that only drops a letter the OCR added ("te" → "t"). */
export function dropsLetter(edit: { from: string; to: string }): boolean {
  return edit.from.length === edit.to.length + 1 && edit.from.startsWith(edit.to);
}

const LATIN_LETTERS = /^[a-z]+$/i;
/** An edit between plain letters the English model has ("h" → "b", "rn" → "m"), not a lost diacritic. */
export function tradesLatinLetters(edit: { from: string; to: string }): boolean {
  return LATIN_LETTERS.test(edit.from) && LATIN_LETTERS.test(edit.to) && edit.from.toLowerCase() !== edit.to.toLowerCase();
}


/** The reading only restores å/ä/ö, and gives a name element ("öst", "häll") where the token spells none ("ost", "hall"). */
export function restoresNameElement(lexicon: Lexicon, reading: Candidate, original: Candidate): boolean {
  const element = (lower: string): boolean => lexicon.nameStarts.has(lower) || lexicon.nameEnds.has(lower);
  return reading.edits.length > 0 && reading.edits.every(isLostDiacritic) && element(reading.lower) && !element(original.lower);
}


/** The reading only restores å/ä/ö, and splits into a start and an end element where the token does not. */
export function splitsIntoElementsAlone(lexicon: Lexicon, reading: Candidate, original: Candidate): boolean {
  if (reading.edits.length === 0 || !reading.edits.every(isLostDiacritic) || lexicon.domain.has(original.lower)) return false;
  return nameSplit(lexicon, reading.lower) !== null && nameSplit(lexicon, original.lower) === null;
}

/** A capitalised entry of the domain dictionary: a name (dictionaries/README.md). */
export function isProperNoun(lexicon: Lexicon, lower: string): boolean {
  const listed = lexicon.domain.get(lower);
  return listed !== undefined && casePattern(listed) !== 'lower';
}

/**
 * An infinitive ending in -a whose present ("rånar", "läser") and past ("rånade", "läste", "körde")
 * the lexicon lists too: a verb, whatever else the spelling may be.
 */
export function isVerbInfinitive(lexicon: Lexicon, lower: string): boolean {
  if (lower.length < 3 || !lower.endsWith('a')) return false;
  const stem = lower.slice(0, -1);
  return knowWord(lexicon, `${stem}ar`) === 'lexicon' || knowWord(lexicon, `${stem}er`) === 'lexicon'
    ? knowWord(lexicon, `${lower}de`) === 'lexicon' || knowWord(lexicon, `${stem}te`) === 'lexicon' || knowWord(lexicon, `${stem}de`) === 'lexicon'
    : false;
}

/** A word in -a whose present tense ("-ar", "-er") the lexicon lists: an infinitive, irregular ones too ("säga": "säger"). */
export function hasPresentTense(lexicon: Lexicon, lower: string): boolean {
  if (lower.length < 3 || !lower.endsWith('a')) return false;
  const stem = lower.slice(0, -1);
  return knowWord(lexicon, `${stem}ar`) === 'lexicon' || knowWord(lexicon, `${stem}er`) === 'lexicon';
}


/**
 * "vid Agestasjon" is "Ågestasjön": a compound whose last part is an element place names end in
 * ("-sjön", "-vägen") is a place, and keeps the capital its reading gives.
 */
export function endsInNameElement(c: Candidate, lexicon: Lexicon): boolean {
  const head = c.evidence === 'compound' ? c.parts?.at(-1) : undefined;
  return head !== undefined && lexicon.nameEnds.has(head);
}
