import type { Person } from '../domain/index.ts';
import { isFirstName } from './people-list-rows.ts';
import { type PersonContext, parsePerson } from './person.ts';

/**
 * "Ville, Tindra, Malte och Sixten Lagerholm (lärare)": a council of pupils or a small team named by first names, with
 * an adult or an officer among them named in full. Each part is a first name or a whole person; returns them all, or
 * null when the list is not such a team (two first names at least, and no part that is neither).
 */
export function mixedTeam(split: readonly { name: string; organisation: string | null }[], context: PersonContext): Person[] | null {
  // "… och fritidsledare Jonas Blom", read as "Jonas Blom, fritidsledare": a part in lower case after a whole name is
  // that person's title.
  const parts: { name: string; organisation: string | null }[] = [];
  for (const part of split) {
    const previous = parts[parts.length - 1];
    if (previous && /^\p{Ll}/u.test(part.name) && previous.name.includes(' ')) previous.name = `${previous.name}, ${part.name}`;
    else parts.push({ ...part });
  }
  if (parts.length < 3 || parts.filter((p) => isFirstName(p.name)).length < 2) return null;
  const people = parts.map((p) => {
    if (isFirstName(p.name)) return { name: p.name, organisation: p.organisation, role: null };
    const whole = parsePerson(p.name, context);
    return whole && whole.name.includes(' ') ? whole : null;
  });
  return people.every((p) => p !== null) && people.some((p) => p.name.includes(' ')) ? (people as Person[]) : null;
}
