import { isFirstName } from './people-list-rows.ts';
import { functionWord } from './person-extras.ts';
import { looksLikeTitle, TITLE_ENDING } from './person-parts.ts';

const PERSON_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;

// "Eva Ek, rektor Per Lind, Kommunal": the left person's title, then the right person with where they come from.
const TITLED_PAIR = new RegExp(String.raw`^(${PERSON_NAME}\s*,\s*(\p{Ll}[\p{Ll}-]{3,}))\s+(${PERSON_NAME}(?:\s*,\s*([^,]+))?)$`, 'u');
// "Bertil Ek, ordf Greta Berg", "Holger Lind, v. ordf. Signe Ås": a typewritten roll call's abbreviated function.
const ABBREVIATED_PAIR = new RegExp(String.raw`^(${PERSON_NAME}\s*,\s*(\p{Ll}{1,4}\.?(?:\s*\p{Ll}{1,4}\.?)?))\s+(${PERSON_NAME}(?:\s*,\s*([^,]+))?)$`, 'u');
// "Edla Moberg Ture Hall, tjg ers": the left cell a bare name, the right one a name with what follows it.
const BARE_PAIR = new RegExp(String.raw`^(${PERSON_NAME})\s+(${PERSON_NAME}(?:\s*,\s*.+)?)$`, 'u');

// "… kurator Eva Ek": a title before a further name; the tail then goes on listing people, as prose does.
const TITLE_BEFORE_NAME = new RegExp(String.raw`\p{Ll}+\s+${PERSON_NAME}`, 'u');

/**
 * Two lists of people printed side by side (the employer's side beside the employees', one group beside another),
 * read by OCR one row at a time: "Eva Ek, rektor Per Lind, Kommunal" is Eva Ek with her title in the left column and Per
 * Lind with his union in the right one. A title written before a name is a prose style too ("Anna Ek, rektor Per
 * Lind"), so only where two or more rows have exactly this shape, each ending in what the right person comes from or
 * nothing, are the rows split in place.
 */
export function titledPairsPerRow(rows: string[]): void {
  const pairs = rows.map((row) => TITLED_PAIR.exec(row.trim()) ?? ABBREVIATED_PAIR.exec(row.trim()));
  const side = (m: RegExpExecArray | null): m is RegExpExecArray =>
    !!m && (looksLikeTitle(m[2]!) || TITLE_ENDING.test(m[2]!) || functionWord(m[2]!) !== null) && (m[4] === undefined || !TITLE_BEFORE_NAME.test(m[4]));
  if (pairs.filter(side).length < 2) return;
  // Within such a list, a row of two names, each opening with a first name, is the two columns of a row without a title
  // on the left.
  const bare = rows.map((row) => BARE_PAIR.exec(row.trim()));
  const twoNames = (m: RegExpExecArray | null): m is RegExpExecArray => !!m && isFirstName(m[1]!.split(/\s+/u)[0]!) && isFirstName(m[2]!.split(/\s+/u)[0]!);
  for (let k = rows.length - 1; k >= 0; k--) {
    const m = pairs[k]!;
    if (side(m)) rows.splice(k, 1, m[1]!, m[3]!);
    else if (twoNames(bare[k]!)) rows.splice(k, 1, bare[k]![1]!, bare[k]![2]!);
  }
}

/**
 * "Arbetsgivarsidan Arbetstagarsidan", "| Brukarna Personalen": the headings over two columns of people, which OCR read
 * as one row of two capitalised words, as a name would read. A row made only of words that name a group of the
 * meeting's own people names no one; it is dropped in place.
 */
export function withoutGroupHeadingRows(rows: string[], ownGroup: RegExp): void {
  for (let k = rows.length - 1; k >= 0; k--) {
    const words = rows[k]!.trim().replace(/^[|.,:;'"`»«-]+\s*/u, '').split(/[\s,|]+/u).filter(Boolean);
    if (words.length >= 2 && words.every((w) => ownGroup.test(w))) rows.splice(k, 1);
  }
}
