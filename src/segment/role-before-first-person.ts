import { matchLabel } from './labels.ts';
import { parsePerson } from './person.ts';

/**
 * "Närv: ordf. Åke Berg, fritidsnämnden": the first person of a list on its label's own row, with the function they
 * held abbreviated before the name, as an older typed list gives it. Returned as "Åke Berg, fritidsnämnden, ordf" — the
 * order the people on the rows below are read in — or as it was when it is not one such person.
 */
export function withRoleAfterFirstPerson(rest: string): string {
  const label = matchLabel(rest);
  if (!label || label.kind !== 'signature' || !label.rest) return rest;
  // "ordf. Åke Berg, sekr. Eva Lund": several people on the row stay a list for the list's own reading.
  if (rest.slice(0, rest.lastIndexOf(label.rest)).includes(':') || (label.rest.match(/,/g) ?? []).length > 1) return rest;
  if (label.rest.split(',').slice(1).some((part) => matchLabel(part.trim())?.kind === 'signature')) return rest;
  // "ordf. Olle Ek, kassör Per" / "Persson, …": a function in lower case before another name after the comma opens
  // the next person, whose surname wrapped onto the next row.
  if (/,\s*\p{Ll}+\.?\s+\p{Lu}/u.test(label.rest)) return rest;
  const person = parsePerson(label.rest);
  if (!person || !person.name.includes(' ') || person.role) return rest;
  return `${label.rest}, ${label.label.toLowerCase()}`;
}
