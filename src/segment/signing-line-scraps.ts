import type { DocumentLine } from './document-lines.ts';
import { isSignedName, stripFiller } from './signer-names.ts';
import { isRoleWord } from './signer-titles.ts';

/**
 * A dotted signature line that OCR read as letters ("Ordförande sssnssnsss slå
 * JUSTErAre mossen"): the row starts with a role, another role follows, and
 * only lower-case scraps (at least a dotted line's worth) stand around them.
 * The roles become the row's cells.
 */
export function rolesAmidLeaderScraps(line: DocumentLine): string[] | null {
  if (line.cells.length !== 1) return null;
  const words = line.text.trim().split(/\s+/);
  const roles = words.filter(isRoleWord);
  if (roles.length < 2 || !isRoleWord(words[0]!)) return null;
  const scraps = words.filter((w) => !isRoleWord(w));
  // "Justerare = . Justerare": specks alone between the roles are the gap OCR read, as a dotted line's scraps are.
  const specksOnly = scraps.length > 0 && scraps.every((w) => /^[^\p{L}\d]{1,2}$/u.test(w));
  // "Ordförande Justerare Justerare": nothing but roles, the gaps between them closed.
  if (scraps.some((w) => /^\p{Lu}/u.test(w)) || (scraps.join('').length < 8 && !specksOnly && scraps.length > 0)) return null;
  // OCR's mixed case inside a word ("JUSTErAre") is damage, not how it was printed.
  return roles.map((w) => (/\p{Ll}\p{Lu}/u.test(w) ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w));
}

/**
 * "Sekreterare .....sssssesmrnnnn sessrrrennnnnnnnnn": the rest of a role's row where OCR read the dotted signing line
 * as letters. The dots come out as the round, narrow letters (s, e, n, r) in long runs, never as a capitalised name.
 */
export function isLeaderScraps(rest: string): boolean {
  const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (darkLeaderScraps(words, rest)) return true;
  if (words.some((w) => /^\p{Lu}\p{Ll}/u.test(w) || (/^\p{Lu}+$/u.test(w) && w.length > 2))) return false;
  const letters = rest.replace(/[^\p{Ll}]/gu, '');
  if (letters.length < 12) return false;
  return /(\p{Ll})\1\1/u.test(letters) || (letters.match(/[sner]/gu)?.length ?? 0) >= letters.length * 0.6;
}

/**
 * "SBNNSSSSST TUE NANER NAN NS ENSE Kane": on a darker scan the dots come out as capitals too, now and then as a word
 * that looks capitalised. A letter run four times over or a word of such letters longer than any name still marks a signing line, as
 * long as no two capitalised words stand together as a first name and surname would, and no word is a month's name.
 */
function darkLeaderScraps(words: readonly string[], rest: string): boolean {
  const letters = rest.replace(/[^\p{L}]/gu, '');
  if (letters.length < 20) return false;
  // A long word counts only when made of the round, narrow letters dots come out as ("ereereeresresnesrennen"), never
  // a long compound such as a party's title ("arbetstagarorganisationerna").
  const dotted = (w: string) => { const l = w.replace(/[^\p{L}]/gu, ''); return l.length >= 18 && (l.match(/[sner]/giu)?.length ?? 0) >= l.length * 0.8; };
  const marked = words.some((w) => /(\p{L})\1{3}/iu.test(w) || dotted(w));
  return marked && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(rest);
}

/** "sesmmsrssresressererrea Eva Holm": a signing line read as letters, then the signer's name; the name, or null. */
export function nameAfterLeaderScraps(rest: string): string | null {
  const words = rest.trim().split(/\s+/);
  const first = words.findIndex((w) => /^\p{Lu}/u.test(w));
  if (first < 1 || !isLeaderScraps(words.slice(0, first).join(' '))) return null;
  const name = stripFiller(words.slice(first).join(' '));
  // "… rn n nns et N RR": capitals among the scraps are more scraps; a name has its small letters.
  return isSignedName(name) && name.split(' ').every((w) => /^\p{Lu}\p{Ll}/u.test(w)) ? name : null;
}
