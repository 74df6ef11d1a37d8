import { isFirstName } from './people-list-rows.ts';
import { looksLikePlace } from './person-parts.ts';

// "(9A)", "(NA21)", "(TE2b)", "(åk 8)", "(klass 7 B)": the class a pupil goes in, as a school council lists its members.
// A figure sets it apart from a party's letters ("(KD)") and from a place in brackets.
// "lärare (åk 4)", "mentor (9B)": after a school's staff title it is the class a teacher has, part of the role.
const BRACKETED_CLASS = /(?<!(?:lärare|pedagog|mentor|assistent|ledare|rektor|handledare))(?<!\s)\s*\(\s*(?:(?:åk|årskurs|klass)\.?\s*\d{1,2}\s?\p{L}?|\d{1,2}\s?\p{Lu}{1,2}|\p{Lu}{2,3}\s?\d{1,2}\s?\p{L}?)\s*\)/gu;

// "Alva, Ängsskolan åk 8", "Hugo, Tallbackaskolan klass 9B": the class written out after the school, with its word
// ("lärare åk 4" is a teacher's year, part of the role).
const WORDED_CLASS = /(?<=(?:skolan|skola|gymnasiet|gymnasium))(?:\s*,\s*|\s+)(?:åk|årskurs|klass)\.?\s*\d{1,2}\s?\p{L}?(?=\s*(?:[,;)]|$))/gu;
// "Nova, Hallonbergsskolan 7A": a figure and a letter right after a school's name.
const CLASS_AFTER_SCHOOL = /(?<=(?:skolan|skola|gymnasiet|gymnasium))\s*,?\s+\d{1,2}\s?\p{Lu}{1,2}(?=\s*(?:[,;)]|$))/gu;

/** "Leo, Ekbacksskolan (9A)": the pupil's class says no more about who they are or where they come from. */
export function withoutBracketedClass(value: string): string {
  return value.replace(BRACKETED_CLASS, '').replace(WORDED_CLASS, '').replace(CLASS_AFTER_SCHOOL, '');
}

// "Björkby gymnasium", "Norrviks skola": a school named by its place and the word for the kind of school.
const SCHOOL = /\s(?:skola|gymnasium|gymnasiet|gymnasieskola|friskola|folkhögskola)$/iu;

/**
 * "Leo, Ekbacksskolan": a pupil named by first name only, then the school. Returns the pupil with the school as the
 * organisation, or null when the row is no such pair (two first names, a first name and a title).
 */
export function pupilWithSchool(value: string): { name: string; organisation: string } | null {
  const pair = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s*,\s*(\p{Lu}[\p{L} -]{2,40}?)\s*$/u.exec(value.trim());
  if (!pair || !isFirstName(pair[1]!) || isFirstName(pair[2]!) || !(looksLikePlace(pair[2]!) || SCHOOL.test(pair[2]!))) return null;
  return { name: pair[1]!, organisation: pair[2]! };
}
