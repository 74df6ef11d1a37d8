// "Malmgvist" is "Malmqvist": the English model draws the q of a surname's "-qvist" as a g, and no
// end element of Swedish names is spelt that way. A slip between plain letters that turns a
// surname's end into the element it must be is the name repaired, not one name traded for another.
import type { Candidate } from './candidate.ts';
import { isLostDiacritic } from './document-profile.ts';
import type { Lexicon } from './lexicon.ts';

/** Shorter ends ("-by", "-ås") are spelt inside too many other words to vouch for a name. */
const MIN_END_LENGTH = 4;
const SWEDISH_VOWEL = /[åäö]/;
/** Letters of the end element the OCR may have drawn as others: more would rebuild the end, not repair it. */
const MAX_TRADED_LETTERS = 2;

/**
 * The token is in no list; the reading has its length and its letters, but for lost å/ä/ö and plain
 * letters traded inside its last name element (4+ letters), which the token's end does not spell.
 */
export function tradesIntoNameEnd(lexicon: Lexicon, reading: Candidate, original: Candidate): boolean {
  if (original.evidence !== 'unknown' || reading.evidence === 'unknown' || reading.edits.length === 0) return false;
  const read = reading.lower;
  const written = original.lower;
  if ([...read].length !== [...written].length || read.length !== written.length) return false;
  const end = longestEndElement(lexicon, read);
  if (end === undefined) return false;
  const cut = read.length - end.length;
  const writtenEnd = written.slice(cut);
  if (lexicon.nameEnds.has(writtenEnd)) return false;
  // The first part may only have lost its å, ä or ö, or drawn it as another glyph ("Rénn-" for "Rönn-").
  for (let k = 0; k < cut; k++) if (read[k] !== written[k] && !SWEDISH_VOWEL.test(read[k]!)) return false;
  let traded = 0;
  for (let k = 0; k < end.length; k++) if (end[k] !== writtenEnd[k] && !isLostDiacritic({ from: writtenEnd[k]!, to: end[k]! })) traded++;
  return traded > 0 && traded <= MAX_TRADED_LETTERS;
}

function longestEndElement(lexicon: Lexicon, lower: string): string | undefined {
  for (let length = lower.length - 1; length >= MIN_END_LENGTH; length--) {
    const end = lower.slice(-length);
    if (lexicon.nameEnds.has(end)) return end;
  }
  return undefined;
}
