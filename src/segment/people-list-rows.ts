import { dividesWordInto, joinRows } from './line-end-hyphens.ts';
import { parsePeopleList } from './people-lists.ts';
import { parsePerson } from './person.ts';
import { looksLikeName, looksLikePlace, looksLikeRole, looksLikeTitle } from './person-parts.ts';

/**
 * A comma-separated list wrapped onto the next row ("…, Salem, Jenny -" /
 * "- Ödlund, Nykvarn, …") is one value again, the hyphenation undone.
 */
export function joinWrappedValues(values: readonly string[]): string[] {
  const result: string[] = [];
  for (const value of values) {
    const previous = result[result.length - 1];
    // "Lind |": a speck after a wrapped list's last word.
    // "Sten Frisk ,": a comma apart from the word is a speck too; a list that wraps prints its comma against the word.
    // "Pihl i": one lower-case letter after a surname is the page edge read as a letter.
    // "Jonas Öhrn; miljöchef": OCR reads the comma before a title as a semicolon; no second person starts in lower case.
    const trimmed = value
      .trim()
      .replace(/(?<=\p{L})\s+[|:;'"`,]+$/u, '')
      .replace(/(?<=\p{Lu}\p{Ll}+)\s+\p{Ll}$/u, '')
      .replace(/(?<=\p{Lu}\p{Ll}+)\s*;\s*(?=\p{Ll}[\p{Ll}-]{3,}(?:\s+\p{Ll}+)?$)/u, ', ');
    // "…, vice ordf. Greta Holm, leda-" / "möterna Erik Forsman, …": a typist's divided word is one word again.
    if (previous !== undefined && dividesWordInto(previous, trimmed)) {
      result[result.length - 1] = joinRows(previous, trimmed);
      continue;
    }
    // A dash after one "Name, Place" pair is an OCR speckle ("Haninge kommun —"), not a hyphen: it wraps only in a longer list or before "- Ödlund".
    const dashWraps = previous !== undefined && /[\-–—]\s*$/.test(previous) && ((previous.match(/,/g) ?? []).length >= 2 || /^[\-–—]/.test(trimmed));
    // "Anna Ek, Klints Bageri; Per-Olof" / "Lindgren, Lindgrens Bygg AB; …", "…; Jonas Hed, kommunstyrelsens" /
    // "ordförande; …": where semicolons part the people, an entry left without its comma or ending in a genitive or a
    // preposition goes on on the next row.
    const lastEntry = previous?.split(';').pop()?.trim() ?? '';
    // "…; Anna Ek, verksamhetschef" / "äldreomsorg; Johan …": a row opening with a lower-case word before the next
    // semicolon finishes the title above; no person's entry starts so.
    const entryBroken = lastEntry !== '' && (!lastEntry.includes(',') || /(?:\p{Ll}{3,}s|\b(?:och|för|i|på|vid|av))$/u.test(lastEntry) || /^\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?\s*;/u.test(trimmed) || /^\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,3}\s*$/u.test(trimmed));
    if (previous !== undefined && /;/.test(previous.replace(/\([^)]*\)/g, '')) && entryBroken && !/^\p{Lu}[\p{L} ]{1,30}:\s/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "… Arvid Keisu och Helmer Nyström samt" / "undertecknad sekreterare Tore Wikström.": a prose list wrapped after its
    // conjunction.
    if (previous !== undefined && /,/.test(previous) && /\s(?:och|samt)\s*$/u.test(previous)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "Agneta Ek (M), tjänstgörande ersättare för Tord" / "Sandberg (C)": the member replaced, broken off after the first
    // name; the surname and party go on with it.
    if (previous !== undefined && /\sför\s+\p{Lu}\p{Ll}+$/u.test(previous) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(\p{Lu}{1,4}\)/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "… närvarolista samt från länsstyrelsen" / "fiskekonsulent Eje Vallin.": a row that ends inside "från" and the body a
    // person comes from goes on with that person's title in lower case.
    if (previous !== undefined && /\s(?:och|samt)\s+från\s+\p{Ll}+$/u.test(previous) && /^\p{Ll}{4,}\s+\p{Lu}/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "… kyrkvärdarna Per Månsson" / "och Nils Åkesson samt …": wrapped before the conjunction; no person starts with it.
    if (previous !== undefined && /^(?:och|samt)\s+\S/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    if (previous !== undefined && /,/.test(previous) && (/,\s*$/.test(previous) || dashWraps)) {
      const head = previous.replace(/\s*[\-–—]\s*$/, '');
      result[result.length - 1] = `${head} ${trimmed.replace(/^[\-–—]\s*/, '')}`;
      continue;
    }
    // "…, Salem, Jenny" / "Ödlund, Nykvarn, …": a list row that ends in a lone first name wraps inside that name.
    // "…, Sundbybergs stad; Elin" / "Rosenqvist, Järfälla kommun": a semicolon between people ends a part as a comma does.
    // "…, Elin." / "Bergkvist (Härjedalen), …": OCR's speck read as a stop after the first name that wrapped.
    const spoke = previous !== undefined && /,\s*\p{Lu}\p{Ll}+[.:]$/u.test(previous) && isFirstName(previous.split(/[,;]/).pop()!.trim().slice(0, -1)) && /^\p{Lu}\p{Ll}+\s*[,(]/u.test(trimmed);
    if (spoke) {
      result[result.length - 1] = `${previous!.slice(0, -1)} ${trimmed}`;
      continue;
    }
    const lastPart = previous?.split(/[,;]/).pop()?.trim() ?? '';
    // "…, Sara" / "Berg (Haninge), …": the same with the organisation in brackets.
    // "…, Jan-Erik" / "Lidström, …": a double first name too.
    // "…, Lars-Erik" / "Nilsson och Birgitta Ström …": the surname before the list's conjunction.
    if (previous !== undefined && (previous.match(/,/g) ?? []).length >= 2 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(lastPart) && !looksLikePlace(lastPart) && /^\p{Lu}\p{Ll}+(?:\s*[,(]|\s+(?:och|samt)\s+\p{Lu})/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "…, kassör Per" / "Persson, sekr. …": a prose list wrapped inside a name after the function written before it.
    const titledFirst = previous !== undefined && /,/.test(previous) ? /(?:^|[,;]\s*)\p{Ll}[\p{Ll}.]*(?:\s+\p{Ll}[\p{Ll}.]*)?\s+(\p{Lu}\p{Ll}+)$/u.exec(previous) : null;
    if (titledFirst && isFirstName(titledFirst[1]!) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[,;.(]|\s(?:och|samt)\s|$)/u.test(trimmed) && !looksLikePlace(trimmed.split(/[\s,;.(]/u)[0]!)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "…, Saga Nordin, Reza" / "Karimi": the list's last name wrapped alone onto the next row.
    if (previous !== undefined && (previous.match(/,/g) ?? []).length >= 2 && isFirstName(lastPart) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(trimmed) && !looksLikePlace(trimmed) && !looksLikeTitle(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "…, vice ordföranden Ebbe Mulm (M), ledamöterna" / "Saga Frell (S) och …": a prose list wrapped after a function in
    // the definite form, which names the people after it (a list of one "Name, rektor" a row ends in the indefinite).
    if (previous !== undefined && /,/.test(previous) && /\s\p{Ll}{3,}(?:erna|arna|orna|anden|aren|ören)$/u.test(previous) && /^\p{Lu}\p{Ll}+/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "ordföranden Ivar Ek samt ledamöterna Tore" / "Sund, Asta Berg …": a prose list wrapped inside the first name after a
    // function in the definite plural, before any comma.
    const pluralFirst = previous !== undefined ? /\s\p{Ll}{3,}(?:erna|arna|orna)\s+(\p{Lu}\p{Ll}+)$/u.exec(previous) : null;
    if (pluralFirst && isFirstName(pluralFirst[1]!) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[,;.(]|\s(?:och|samt)\s)/u.test(trimmed) && !looksLikePlace(trimmed.split(/[\s,;.(]/u)[0]!)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "…, den sistnämnde såsom suppleant för Ivar Sund, som anmält" / "förhinder; därjämte …": a sentence of prose wrapped
    // inside a clause; the next row's first word, in lower case, closes it with a stop, a comma or a semicolon.
    if (previous !== undefined && /,/.test(previous) && /\s\p{Ll}{3,}$/u.test(previous) && /^\p{Ll}{3,}[;,.]/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "… herr Karl-Erik Hjort och fru Märta" / "Ström; därjämte …": a prose list wrapped inside its last name, after the
    // conjunction before it.
    if (previous !== undefined && /,/.test(previous) && /\s(?:och|samt)\s+\p{Lu}\p{Ll}+$/u.test(previous) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[,;.(]|$)/u.test(trimmed) && !looksLikePlace(trimmed.split(/[\s,;.(]/u)[0]!)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "… tjänstgörande ersättare för Jan" / "Ros (C)": the member stood in for, wrapped inside the name.
    if (previous !== undefined && /\bför\s+\p{Lu}\p{Ll}+$/u.test(previous) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "Erik Höglund (KD), tjänstgörande ersättare" / "för Marita Nordenstam (KD)": the function wrapped before the member
    // it stands in for; no person's entry opens with "för".
    if (previous !== undefined && /\b(?:ersättare|ers\.?)\s*$/u.test(previous) && /^för\s+\p{Lu}/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "Pia Ek (C), tjänstgörande ersättare för" / "Jon Lind (C)": the function wrapped right after its preposition; a
    // member's row never ends in "för", so the next row is the member stood in for, not one more person present. OCR's
    // speck at the start of that row (". Jon Lind (C)") is no part of the name.
    if (previous !== undefined && /\b(?:ersättare|ers\.?)\s+för\s*$/u.test(previous) && /^(?:[.,'"`|:;·]+\s*)?\p{Lu}\p{Ll}+/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed.replace(/^[.,'"`|:;·]+\s*/u, '')}`;
      continue;
    }
    // "…, Ingrid Wallén (IW)" / "specialpedagog, Jesper Ulf (JU) …": a prose list wrapped after a bracket goes on with the
    // person's title in lower case; no person's entry starts so.
    if (previous !== undefined && /,/.test(previous) && /\)\s*$/u.test(previous) && /^\p{Ll}{3,}[\p{Ll}-]*(?:\s+\p{Ll}+)?\s*,\s*\p{Lu}/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "Olle Nilsson (rektor, del av" / "mötet)": a bracket left open wraps inside it.
    if (previous !== undefined && (previous.match(/\(/g) ?? []).length > (previous.match(/\)/g) ?? []).length && /^[^()]*\)/.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "Östen Fräsén" / "(fp) och Kerstin Ålund (c).": a bracket never opens a person; the prose wrapped before it.
    // Unless every row opens so: "(M) Mattias Granlund, ordförande" / "(S) Anna Ek": the party printed before each name.
    if (previous !== undefined && /^\(/.test(trimmed) && !(PARTY_FIRST.test(trimmed) && PARTY_FIRST.test(previous))) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    result.push(trimmed);
  }
  return result;
}

/**
 * "…; därjämte arkitekt Bertil Falk", "… samt arkitekt Bertil Falk": a conjunction that adds one more person to a prose
 * list, after the list's separator or before a title in lower case, parts the people as a comma does.
 */
export function withListConnectorsAsCommas(value: string): string {
  return value
    .replace(/\s*[,;]\s*(?:och|samt|därjämte|dessutom|vidare)\s+(?=\p{L})/gu, ', ')
    // "Miljö- och byggchef Henrik Lång": after a hyphen, "och" joins two titles sharing their last part, no two people.
    .replace(/(?<!-)\s+(?:och|samt|därjämte)\s+(?=(\p{Ll}{4,})\s+\p{Lu}\p{Ll}+\s+\p{Lu})/gu, (whole: string, title: string) => (looksLikeTitle(title) ? ', ' : whole));
}

/**
 * "… och Anna Berg från brukarna, …", "… samt undertecknad.": which kind of participant a run of names came as, and the
 * writer who names themself without a name, say nothing of any one person.
 */
export function withoutParticipantKinds(value: string): string {
  return value
    .replace(/(?<=\p{Lu}\p{Ll}+)\s+från\s+\p{Ll}{3,}(?:arna|erna|orna)\b/gu, '')
    .replace(/\s*(?:,|\s(?:och|samt))\s+undertecknad(?:e)?\s*\.?\s*$/iu, '');
}

const PARTY_FIRST = /^\(\s*\p{L}{1,3}\s*\)\s+\p{Lu}\p{Ll}+[\s-]+\p{Lu}/u;

// Words that stand alone in an attendance field without naming anyone.
// Column headers of a table ("Punkt  Ärende  Ansvarig") do not name anyone either.
// "Agenda", "Dagordning": the heading below a list, where geometry gave no blank row, names no one either.
export const NO_ONE = /^(?:ingen|inga|alla|samtliga|se|ej|saknas|inget|övriga|styrelsen|personal|medlemmar|punkt|ärende|ärenden|nr|ansvarig|föredragande|rubrik|tid|dnr|namn|organisation|funktion|roll|kommun|parti|titel|agenda|dagordning|föredragningslista|ärendelista)$/iu;

/** A lone first name ("Anna", "Per"): one capitalised word that names no place, organisation or title. */
// "Eva-Lena", "Lars-Erik": a double given name joined by a hyphen is one first name.
export function isFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,11}(?:-\p{Lu}\p{Ll}{2,11})?$/u.test(word) && !NO_ONE.test(word) && !looksLikePlace(word) && !looksLikeTitle(word) && !/(?:en|et)$/u.test(word);
}

// "Sara Berg, Sollentuna Omar Said, Sundbyberg": two "name, place" cells of a two-column list, the gap lost.
const GLUED_COLUMNS = /^(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}),\s*([^,()]+?)\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s*([^,()]+)$/u;

// "Åke Lund (M), ordförande Kerstin Bo (M)": a role ends the first cell, the next person opens the second.
const GLUED_AFTER_ROLE = /^(\p{Lu}[^,()]*\([^()]{1,12}\),\s*(?:vice\s+|förste\s+|andre\s+)?(?:ordförande|sekreterare|ledamot|ersättare|kassör))\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+){1,2}\s*\([^()]{1,12}\).*)$/u;

/**
 * "Lisa Ahl, Danderyd Peter Krantz, Täby Maja Ståhl, Vallentuna": three or more "name, place" pairs whose separators
 * OCR lost. Each comma part between the first and the last is a place and then the next person's name.
 */
function splitGluedPairs(value: string): string[] | null {
  const parts = value.split(/\s*,\s*/);
  if (parts.length < 4 || !looksLikeName(parts[0]!) || !parts[0]!.includes(' ') || !looksLikePlace(parts[parts.length - 1]!)) return null;
  const people: string[] = [];
  let name = parts[0]!;
  for (const part of parts.slice(1, -1)) {
    const words = part.split(/\s+/);
    const split = [2, 3].map((n) => [words.slice(0, -n).join(' '), words.slice(-n).join(' ')]).find(([place, next]) => place && looksLikePlace(place) && looksLikeName(next!) && !looksLikePlace(next!));
    if (!split) return null;
    people.push(`${name}, ${split[0]}`);
    name = split[1]!;
  }
  return [...people, `${name}, ${parts[parts.length - 1]}`];
}

// "Helena Gustavsson Mikael Fors, rektor": the second column's person may have a title after a comma.
const TWO_NAMES = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:,\s*\p{Ll}[^,]*)?)$/u;

/**
 * "Hanna Boström Elias Wern" / "Therese Kjell Jamal Idris", "Helena Gustavsson Mikael Fors, rektor": a list printed two
 * names a row, whose column gap OCR closed.
 * Only where two or more rows are four capitalised words and nothing else (one such row may be one person's four names),
 * none of them a place; the rows are split in place.
 * "- Hanna Boström Elias Wern", ". Therese Kjell Jamal Idris": a speck or list dash OCR read before the first column
 * belongs to neither name.
 * "Hanna Boström, Elias Wern" / "Therese Kjell, Jamal Idris": the same list read with its column gap, which the rows
 * carry as a comma; there the second column could be where the first person comes from ("Anna Berg, Röda Korset"), so
 * every row of the list must be two names, each second one opening with a first name.
 */
export function twoNamesPerRow(rows: string[]): void {
  const bare = rows.map((row) => row.trim().replace(LEADING_SPECK, ''));
  const pairs = bare.map((row) => TWO_NAMES.exec(row));
  const names = (m: RegExpExecArray | null | undefined): m is RegExpExecArray => !!m && !looksLikePlace(m[1]!) && !looksLikePlace(m[2]!.replace(/,.*$/u, ''));
  if (pairs.filter(names).length >= 2) {
    for (let k = rows.length - 1; k >= 0; k--) {
      const m = pairs[k];
      if (names(m)) rows.splice(k, 1, m[1]!, m[2]!);
    }
    return;
  }
  const commaPairs = bare.map((row) => TWO_NAMES_AT_COMMA.exec(row));
  const twoPeople = (m: RegExpExecArray | null): m is RegExpExecArray =>
    !!m && !looksLikePlace(m[1]!) && !looksLikePlace(m[2]!) && !namesOrganisation(m[2]!) && isFirstName(m[2]!.split(/\s+/)[0]!);
  if (rows.length < 2 || !commaPairs.every(twoPeople)) return;
  rows.splice(0, rows.length, ...commaPairs.flatMap((m) => [m![1]!, m![2]!]));
}

const LEADING_SPECK = /^[-–—•*.,·'"`]+\s*(?=\p{Lu})/u;

const PERSON_NAME = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?';
const TWO_NAMES_AT_COMMA = new RegExp(`^(${PERSON_NAME})\\s*,\\s*(${PERSON_NAME})$`, 'u');

export function splitGluedColumns(value: string): string[] {
  const afterRole = GLUED_AFTER_ROLE.exec(value.trim());
  if (afterRole) return [afterRole[1]!, afterRole[2]!];
  const pairs = splitGluedPairs(value.trim());
  if (pairs) return pairs;
  // "-Anna Ek, Holmby kommun . Per Lind, Norrby kommun": specks OCR read before the row and in the column gap.
  // "Anna Ek, Holmby kommun Per Lind, Norrby kommun (ordf.)": the first cell's function wrapped onto the row below, which
  // the list joined on after the second cell; a roster names its chair first, so it goes with the first person.
  const wrapped = /^(.*?)\s*(\([^()]{2,20}\))\s*$/u.exec(value.trim());
  const row = (wrapped && looksLikeRole(wrapped[2]!.slice(1, -1)) ? wrapped[1]! : value.trim()).replace(/^[-–—.,·'"`]+\s*(?=\p{Lu})/u, '');
  const m = GLUED_COLUMNS.exec(row.replace(GAP_SPECK, ' '));
  if (!m || !looksLikePlace(m[2]!) || looksLikePlace(m[3]!) || !looksLikeName(m[3]!) || !looksLikePlace(m[4]!)) return [value];
  const bracket = wrapped && row !== value.trim() ? ` ${wrapped[2]}` : '';
  return [`${m[1]}, ${m[2]}${bracket}`, `${m[3]}, ${m[4]}`];
}

// A speck between a place in lower case and the next capitalised name: "… kommun . Per Lind", "… kommun - Per Lind".
const GAP_SPECK = /(?<=\p{Ll})\s+[-–—.|'"»«]+\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u;

/** "Lisa Ahl, Danderyd | Peter Krantz, Täby": people separated by spaced bars, when every part names someone. */
export function splitAtBars(value: string): string[] {
  const parts = value.split(/\s+\|\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) return parts.every((p) => parsePerson(p)?.name.includes(' ')) ? parts : [value];
  // "Anna Ek / Per Lund / Eva Sand (Region Örebro län)": a spaced slash between people, three or more of them (a single
  // "Anna Ek/Täby" parts a person from where they come from).
  const slashed = value.split(/\s+\/\s+/).map((p) => p.trim()).filter(Boolean);
  return slashed.length >= 3 && slashed.every((p) => parsePerson(p)?.name.includes(' ')) ? slashed : [value];
}

const SURNAME_FIRST = /^\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(\s*\([^()]*\))?\s*$/u;

/**
 * "Lindqvist, Maria (Stockholms stad); Berglund, Omar (Huddinge)": people written surname first, as in a register.
 * Every part must be one surname, a comma and a first name (a place after the comma is "name, place" instead).
 */
const LOWER_FIRST_NAME = /^(\s*)(\p{Ll})(\p{Ll}{2,10})(?=\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[,(]|$))/u;
const NO_FIRST_NAME = /^(?:och|samt|från|med|för|via|ordf|sekr|vice|vd|led|ers|adj|suppl|herr|fru|sjuk|utom|även|ej|inte)$/u;

// "Oliver S., wilma B., Elias H.": further into a list, only a first name before a surname's initial, which no title
// or organisation is followed by, lost its capital.
const LOWER_FIRST_NAME_BEFORE_INITIAL = /(?<=,\s*)(\p{Ll})(\p{Ll}{2,10})(?=\s+\p{Lu}\.(?:\s*[,(]|\s*$))/gu;

export function withFirstNameCapital(value: string): string {
  const inList = value.replace(LOWER_FIRST_NAME_BEFORE_INITIAL, (word: string, first: string, rest: string) =>
    NO_FIRST_NAME.test(word) ? word : `${first.toUpperCase()}${rest}`,
  );
  const m = LOWER_FIRST_NAME.exec(inList);
  if (!m) return inList;
  const word = `${m[2]!}${m[3]!}`;
  const capitalised = `${m[2]!.toUpperCase()}${m[3]!}`;
  if (NO_FIRST_NAME.test(word) || looksLikeTitle(capitalised) || looksLikePlace(word)) return inList;
  return `${m[1]!}${capitalised}${inList.slice(m[0].length)}`;
}

// "EK, Anna", "LINDQVIST-BERG, Omar": a register prints the surname in capitals before the first name.
const CAPITAL_SURNAME_FIRST = /^\s*(\p{Lu}{2,}(?:-\p{Lu}{2,})?),\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(\s*(?:\([^()]*\)|,\s*\S.*))?\s*$/u;

export function withGivenNameFirst(value: string): string {
  const capital = CAPITAL_SURNAME_FIRST.exec(value);
  if (capital && !looksLikePlace(capital[2]!) && !looksLikeTitle(capital[2]!)) {
    const surname = capital[1]!.toLowerCase().replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase());
    return `${capital[2]} ${surname}${capital[3] ?? ''}`;
  }
  const parts = value.split(/\s*;\s*/).filter(Boolean);
  const swapped = parts.map((part) => {
    const m = SURNAME_FIRST.exec(part);
    if (!m || looksLikePlace(m[1]!) || looksLikePlace(m[2]!) || !isFirstName(m[2]!) || looksLikeTitle(m[1]!)) return null;
    return `${m[2]} ${m[1]}${m[3] ?? ''}`;
  });
  // A single "Berg, Anna" could be a name and a first-name-like place; a bracket after it or a list of several says register order.
  if (swapped.some((p) => p === null) || (parts.length === 1 && !SURNAME_FIRST.exec(parts[0]!)?.[3])) return value;
  return swapped.join('; ');
}

const DASHED_ROW = /^\s*[-–—•*]\s+(?=\p{Lu})/u;

/** "Polisen", "Räddningstjänsten Attunda", "Sigtuna kommun": a row that names an organisation, not a person. */
/** "Sigtuna kommun |", "Polisen:": the organisation row without its colon or OCR's specks after it. */
function organisationHeader(row: string): string {
  return row.trim().replace(/[\s:;|.,'"`]+$/u, '');
}

export function namesOrganisation(row: string): boolean {
  const text = organisationHeader(row);
  if (!/^\p{Lu}/u.test(text) || /[,()]/.test(text) || text.split(/\s+/).length > 5) return false;
  // "PRO Jakobsberg", "SPF Seniorerna": an acronym opens an organisation, not a name.
  return looksLikePlace(text) || !looksLikeName(text) || /^\p{Lu}\p{Ll}{3,}(?:en|et|na)(?:\s|$)/u.test(text) || /^\p{Lu}{2,}\s/u.test(text);
}

/**
 * "Vallentuna – Tove Lind, Erik Berg": where a group comes from, a spaced dash, then several of its people. Returns the
 * row as "Vallentuna: Tove Lind, Erik Berg", the way an organisation before a colon is read; other rows as they are.
 */
export function withOrganisationBeforeDash(row: string): string {
  const m = /^\s*(\p{Lu}[^,:()–—]{1,40}?)\s+[–—-]\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}.*,.*)$/u.exec(row);
  if (!m || !(looksLikePlace(m[1]!) || namesOrganisation(m[1]!)) || (looksLikeName(m[1]!) && m[1]!.includes(' ') && !looksLikePlace(m[1]!))) return row;
  const people = parsePeopleList(m[2]!);
  return people && people.length >= 2 && people.every((p) => p.name.includes(' ') && !p.organisation) ? `${m[1]!.trim()}: ${m[2]!.trim()}` : row;
}

/**
 * "Polisen" / "- Johan Lindmark, kommunpolis" / "- Sara Öhrn, områdespolis" / "Sigtuna kommun" / "- …": in a dashed
 * list of people, an undashed row heads the people below it with their organisation. Returns the rows as
 * "Polisen: Johan Lindmark, kommunpolis", the way an organisation before a colon is read.
 */
export function withOrganisationHeaders(row: string, index: number, rows: readonly string[]): string[] {
  const undashed = undashedGroups(rows);
  if (undashed) return undashed[index] === null ? [] : [undashed[index]!];
  const dashed = rows.filter((r) => DASHED_ROW.test(r));
  if (dashed.length < 2 || dashed.length === rows.length || !rows.filter((r) => !DASHED_ROW.test(r)).every(namesOrganisation)) return [row];
  if (!DASHED_ROW.test(row)) return [];
  const header = rows.slice(0, index).reverse().find((r) => !DASHED_ROW.test(r));
  return [header ? `${organisationHeader(header)}: ${row.replace(DASHED_ROW, '')}` : row];
}

/** "Region Norrbotten", "Luleå kommun": a row that only names where the people listed under it come from. */
export function isOrganisationHeadingRow(row: string): boolean {
  if (isCollectiveHeadingRow(row)) return true;
  return !/[,()]/.test(row) && looksLikePlace(organisationHeader(row)) && organisationHeader(row).split(/\s+/).length <= 5;
}

// A kind of body in the plural ("Kommunerna", "Statliga myndigheter", "Övriga förvaltningar"): one group of several
// bodies, so each person's own row says which of them they come from.
const COLLECTIVE_HEADING =
  /^(?:\p{Lu}\p{Ll}+a\s+)?(?:(?:kommun|region|myndighet|organisation|verksamhet|aktör|nämnd)(?:er|erna)|(?:förvaltning|förening|skol)(?:or|orna|ar|arna)|länsstyrelse(?:r|rna)|(?:förbund|bolag)en)$/iu;

/** "Kommunerna", "Statliga myndigheter": a heading over people from several bodies of one kind. */
export function isCollectiveHeadingRow(row: string): boolean {
  const text = organisationHeader(row);
  return /^\p{Lu}/u.test(text) && COLLECTIVE_HEADING.test(text);
}

/** "Anna Ek, socialchef": a first name and surname, then a comma and what follows it. */
export function isNameCommaRow(row: string): boolean {
  const name = row.split(',')[0]!.trim();
  return /,/.test(row) && looksLikeName(name) && name.includes(' ') && !looksLikePlace(name);
}

/**
 * "Luleå kommun" / "Anna Ek, socialchef" / "Bo Lind, enhetschef" / "Region Norrbotten" / "Cia Berg, läkare": the same
 * grouping without dashes, where every heading row names a place or body and every other row a person and a title.
 * Returns each row as it is to be read (null for a heading), or null where the rows are not so grouped.
 */
function undashedGroups(rows: readonly string[]): (string | null)[] | null {
  if (rows.length < 4) return null;
  const heading = isOrganisationHeadingRow;
  const person = isNameCommaRow;
  // Every heading has its people under it ("Åsa Ek Tyresö kommun" rows of a table are no headings over nothing).
  const headed = rows.every((r, k) => !heading(r) || (rows[k + 1] !== undefined && person(rows[k + 1]!)));
  if (!heading(rows[0]!) || rows.filter(heading).length < 2 || !headed || !rows.every((r) => heading(r) || person(r))) return null;
  let current = '';
  return rows.map((r) => {
    if (heading(r)) {
      current = isCollectiveHeadingRow(r) ? '' : organisationHeader(r);
      return null;
    }
    return current === '' ? r : `${current}: ${r}`;
  });
}
