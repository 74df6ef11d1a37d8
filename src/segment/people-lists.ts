import type { Person } from '../domain/index.ts';
import { cleanNameText } from './name-text-cleanup.ts';
import { LEADING_TITLE, looksLikeName, looksLikePlace } from './person-parts.ts';
import { FUNCTION_AFTER_NAME, type PersonContext, SCHOOL_CLASS_AFTER_NAME, TITLE_BEFORE_NAME_START, parsePerson } from './person.ts';

/** "Nils Bo (kassör, del av kvällen), Ida Ek": commas and semicolons that separate people, not those inside a bracket. */
function listParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Several people on one row, comma separated: "Cecilia Hammarström,
 * Södertälje (ordförande), Mikael Bergström, Salem". A part with two or more
 * capitalised words starts a new person; the parts after it describe them.
 */
export function parsePeopleList(text: string, context: PersonContext = 'member'): Person[] | null {
  // "Amir Haddad, Psykiatri Södra; Britt Lövgren, Svenska kyrkan": where semicolons part the people, the commas only
  // part a person from where they come from, however much that reads like a name.
  const bySemicolon = semicolonPeople(text, context);
  if (bySemicolon) return bySemicolon;
  const parts = listParts(text);
  const starts = parts.filter((part) => {
    // "Vilja Trosk ordf.": the function after the name, no comma between, is no part of the name.
    const p = FUNCTION_AFTER_NAME.exec(part.trim())?.[1] ?? part;
    // "Helena Ruud – Sundbybergs stad", "Anna Ek från Tyresö": the organisation after a dash or "från" is not part of the name.
    // "Eva Ek (M) ordf": what follows the party bracket is no part of the name.
    const name = cleanNameText((/^[^(]+\(/.test(p) ? p.slice(0, p.indexOf('(')) : p).replace(/\([^)]*\)/g, '').split(/\s+[–—-]\s+|\s+från\s+(?=\p{Lu})|\s*\/\s*(?=\p{Lu})/u)[0]!)
      // "lärare Jonas Fors": a title in lower case before the name still opens a person.
      // "Rektor Anna Ek", "Biträdande rektor Per Lund": capitalised as the first word of a list's entry, too.
      .replace(TITLE_BEFORE_NAME_START, (m, title: string) => (LEADING_TITLE.test(title.split(/\s+/).pop()!) ? '' : m))
      // "Noah Berg 4B": a pupil's class after the name.
      .replace(SCHOOL_CLASS_AFTER_NAME, '');
    // "PRO Jakobsberg", "SPF Seniorerna": an acronym opens an organisation, not a name.
    return looksLikeName(name) && name.split(' ').length >= 2 && !looksLikePlace(name) && !/(?:^|\s)\p{Lu}{2,}(?=\s|$)/u.test(name);
  });
  if (starts.length < 2) return firstNamesOnly(parts, context);
  const groups: string[][] = [];
  for (const part of parts) {
    if (starts.includes(part) || groups.length === 0) groups.push([part]);
    else groups[groups.length - 1]!.push(part);
  }
  const people = groups.map((g) => parsePerson(g.join(', '), context));
  return people.every((p): p is Person => p !== null) ? people : null;
}

/**
 * "Lena, Mohammed, Sara, Jenny (förskolechef)": a workplace meeting names colleagues by first name alone. Only a list of
 * three or more single capitalised words reads so, where no word names a place, since "Anna Ek, Tyresö" parts a
 * person from where she comes from.
 */
function firstNamesOnly(parts: readonly string[], context: PersonContext): Person[] | null {
  if (parts.length < 3) return null;
  const names = parts.map((p) => p.replace(/\([^)]*\)/g, '').trim());
  // "Eva-Lena": a double given name is one first name.
  if (!names.every((n) => /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}{2,})?$/u.test(n) && !looksLikePlace(n))) return null;
  const people = parts.map((p) => parsePerson(p, context));
  return people.every((p): p is Person => p !== null) ? people : null;
}

function semicolonPeople(listed: string, context: PersonContext): Person[] | null {
  // "Eva Ek (rektor),; Bo Al (…), …": a semicolon beside a comma is OCR's speck at the comma, not the list's separator.
  const text = listed.replace(/,\s*;|;\s*,/gu, ',');
  if (!/;/.test(text.replace(/\([^)]*\)/g, ''))) return null;
  const groups = text.split(/\s*;\s*/).map((g) => g.trim()).filter(Boolean);
  if (groups.length < 2 || !groups.every((g) => /,/.test(g))) return null;
  const people = groups.map((g) => parsePerson(g, context));
  return people.every((p): p is Person => p !== null && p.name.includes(' ')) ? people : null;
}
