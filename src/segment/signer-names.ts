import { cleanNameText } from './name-text-cleanup.ts';
import { looksLikeName } from './person-parts.ts';
import { isRoleWord } from './signer-titles.ts';

/**
 * Dotted or underscored signature lines, and the cells around them that hold no words. "Gun Ek | se | Eva Lind",
 * "Sekreterare | ot": a letter or two in lower case alone in a cell is dust on the signing line read as letters; "vd",
 * the one title that short, is not.
 */
export function isFiller(cell: string): boolean {
  return !/\p{L}{2,}/u.test(cell) || /^[\s._…\-–—]{3,}$/.test(cell) || /^\s*(?!vd\s*$)\p{Ll}{1,2}\s*$/u.test(cell);
}

// "Petra wahl", "Jon ström": OCR reads a capital whose small letter has the same shape (C, O, S, V, W, X, Z) in lower
// case. After a capitalised first name such a word is the surname; the small words of a sentence are not.
const SAME_SHAPE_SMALL = /(?<=^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)*\s)(?!(?:och|om|oss|ovan|samt|som|sin|sina|sitt|sig|ska|skall|sedan|ser|sekr|vid|var|vara|vars|via|vice|vilka|vilken|vilket|vad|vem)(?:\s|$))([cosvwxz])(?=\p{Ll}{2,}(?:[- ]\p{Lu}\p{Ll}+)*$)/u;

function withSurnameCapital(name: string): string {
  return name.replace(SAME_SHAPE_SMALL, (letter) => letter.toUpperCase());
}

export function stripFiller(text: string): string {
  // OCR speckles between the columns of a signature row come out as lone digits and marks.
  return withSurnameCapital(cleanNameText(
    text
      // "Lars Olsson | Paragrafer 45-47": the paragraphs the minutes hold, beside the secretary's name on the front page.
      // "Lovisa Fager . Paragrafer §§ 8-11": the signs printed too, after a speck.
      .replace(/\s*[|.]?\s*(?:\b(?:paragrafer|paragraf)\b(?:\s*§§?)?|§§?)\s*\d[\d\s,–—-]*$/iu, ' ')
      .replace(/[._…]{3,}/g, ' ')
      .replace(/\([^)]*\)/g, ' ')
      // "Karin 'Ek": a speck read as a quote glued to a name.
      .replace(/(^|\s)['"`´]+(?=\p{L})/gu, '$1')
      .replace(/(^|\s)(?:\d{1,2}|[^\p{L}\s]+)(?=\s|$)/gu, ' '),
  ));
}

// "KH LO" under "Justerandes sign": the adjusters' initials, which a protokoll's form has them write on every page.
const INITIALS_ONLY = /^\p{Lu}{1,3}\.?(?:\s+\p{Lu}{1,3}\.?)+$/u;

// "Vad | Vem | När", "Åtgärd | Ansvarig | Klart": the heads of an action table's columns, which OCR can read apart from
// their table among the signing rows below it; capitalised, two of them look like a first name and a surname.
const COLUMN_HEAD_WORD = /^(?:vad|vem|när|hur|klart|klar|ansvarig|status|datum|åtgärd|åtgärder|uppgift|deadline|namn|roll|kommentar)$/iu;

/** "Vem | När": a row of nothing but an action table's column heads (and the specks between them). */
export function isColumnHeadScrap(text: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => COLUMN_HEAD_WORD.test(w));
}

/** A signed name has a first name and a surname; a lone capitalised word is more likely a role. */
export function isSignedName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  // "Justerare Justerare" reads like two capitalised names but is two roles.
  return looksLikeName(text) && words.length >= 2 && !words.every(isRoleWord) && !words.every((w) => COLUMN_HEAD_WORD.test(w)) && !INITIALS_ONLY.test(text.trim());
}
