import type { DocumentType, Person } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { type HeadField, parseHeadBlock } from './head-block.ts';
import { matchLabel } from './labels.ts';
import { describeExtras, distributeSharedBracket, looksLikeName, looksLikePlace, looksLikeTitle, parsePeopleList, parsePerson, replacedMember, rolesAfterNames, splitNames, withoutHonorifics } from './person.ts';

/**
 * A comma-separated list wrapped onto the next row ("…, Salem, Jenny -" /
 * "- Ödlund, Nykvarn, …") is one value again, the hyphenation undone.
 */
function joinWrappedValues(values: readonly string[]): string[] {
  const result: string[] = [];
  for (const value of values) {
    const previous = result[result.length - 1];
    // "Lind |": a speck after a wrapped list's last word.
    // "Pihl i": one lower-case letter after a surname is the page edge read as a letter.
    // "Jonas Öhrn; miljöchef": OCR reads the comma before a title as a semicolon; no second person starts in lower case.
    const trimmed = value
      .trim()
      .replace(/(?<=\p{L})\s+[|:;'"`]+$/u, '')
      .replace(/(?<=\p{Lu}\p{Ll}+)\s+\p{Ll}$/u, '')
      .replace(/(?<=\p{Lu}\p{Ll}+)\s*;\s*(?=\p{Ll}[\p{Ll}-]{3,}(?:\s+\p{Ll}+)?$)/u, ', ');
    // A dash after one "Name, Place" pair is an OCR speckle ("Haninge kommun —"), not a hyphen: it wraps only in a longer list or before "- Ödlund".
    const dashWraps = previous !== undefined && /[\-–—]\s*$/.test(previous) && ((previous.match(/,/g) ?? []).length >= 2 || /^[\-–—]/.test(trimmed));
    // "Anna Ek, Klints Bageri; Per-Olof" / "Lindgren, Lindgrens Bygg AB; …", "…; Jonas Hed, kommunstyrelsens" /
    // "ordförande; …": where semicolons part the people, an entry left without its comma or ending in a genitive or a
    // preposition goes on on the next row.
    const lastEntry = previous?.split(';').pop()?.trim() ?? '';
    const entryBroken = lastEntry !== '' && (!lastEntry.includes(',') || /(?:\p{Ll}{3,}s|\b(?:och|för|i|på|vid|av))$/u.test(lastEntry));
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
    if (previous !== undefined && /,/.test(previous) && (/,\s*$/.test(previous) || dashWraps)) {
      const head = previous.replace(/\s*[\-–—]\s*$/, '');
      result[result.length - 1] = `${head} ${trimmed.replace(/^[\-–—]\s*/, '')}`;
      continue;
    }
    // "…, Salem, Jenny" / "Ödlund, Nykvarn, …": a list row that ends in a lone first name wraps inside that name.
    // "…, Sundbybergs stad; Elin" / "Rosenqvist, Järfälla kommun": a semicolon between people ends a part as a comma does.
    const lastPart = previous?.split(/[,;]/).pop()?.trim() ?? '';
    // "…, Sara" / "Berg (Haninge), …": the same with the organisation in brackets.
    if (previous !== undefined && (previous.match(/,/g) ?? []).length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(lastPart) && !looksLikePlace(lastPart) && /^\p{Lu}\p{Ll}+\s*[,(]/u.test(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "…, Saga Nordin, Reza" / "Karimi": the list's last name wrapped alone onto the next row.
    if (previous !== undefined && (previous.match(/,/g) ?? []).length >= 2 && isFirstName(lastPart) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(trimmed) && !looksLikePlace(trimmed) && !looksLikeTitle(trimmed)) {
      result[result.length - 1] = `${previous} ${trimmed}`;
      continue;
    }
    // "… tjänstgörande ersättare för Jan" / "Ros (C)": the member stood in for, wrapped inside the name.
    if (previous !== undefined && /\bför\s+\p{Lu}\p{Ll}+$/u.test(previous) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*\(/u.test(trimmed)) {
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

const PARTY_FIRST = /^\(\s*\p{L}{1,3}\s*\)\s+\p{Lu}\p{Ll}+[\s-]+\p{Lu}/u;

// "Ledamöter Gunnar Åkesson (m), … Ersättare Håkan Berg (s) och …": groups named inside one sentence of prose.
const PROSE_GROUP = /(?:^|(?<=[.;]\s*))(ordinarie ledamöter|ledamöter|tjänstgörande ersättare|ersättare)\s*:?\s+(?=\p{Lu})/giu;

function splitProseGroups(value: string): { text: string; groupRole: string | null }[] {
  const starts = [...value.matchAll(PROSE_GROUP)];
  if (starts.length === 0) return [{ text: value, groupRole: null }];
  const result: { text: string; groupRole: string | null }[] = [];
  const before = value.slice(0, starts[0]!.index).replace(/[.;\s]+$/, '');
  if (before) result.push({ text: before, groupRole: null });
  starts.forEach((match, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : value.length;
    const text = value.slice(match.index + match[0].length, end).replace(/[.;\s]+$/, '');
    const group = match[1]!.toLowerCase();
    if (text) result.push({ text, groupRole: group.endsWith('ersättare') ? group : null });
  });
  return result;
}

// Words that stand alone in an attendance field without naming anyone.
// Column headers of a table ("Punkt  Ärende  Ansvarig") do not name anyone either.
// "Agenda", "Dagordning": the heading below a list, where geometry gave no blank row, names no one either.
const NO_ONE = /^(?:ingen|inga|alla|samtliga|se|ej|saknas|inget|övriga|styrelsen|personal|medlemmar|punkt|ärende|ärenden|nr|ansvarig|föredragande|rubrik|tid|dnr|namn|organisation|funktion|roll|kommun|parti|titel|agenda|dagordning|föredragningslista|ärendelista)$/iu;

/** A lone first name ("Anna", "Per"): one capitalised word that names no place, organisation or title. */
function isFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,11}$/u.test(word) && !NO_ONE.test(word) && !looksLikePlace(word) && !looksLikeTitle(word) && !/(?:en|et)$/u.test(word);
}

// "Arbetsgivarsidan:", "Arbetstagarsidan:": the two sides of a negotiation (samverkan, MBL) group people as well.
// "Brukarrepresentanter:", "Anhöriga:": the kind of participant, not where they come from.
// "För arbetsgivaren:", "För arbetstagarna:": the side a person sits on in a negotiation (samverkan), not an organisation.
const OWN_GROUP = /^(?:för\s+arbets(?:givar|tagar)\p{L}*|\p{L}*representanter(?:na)?|brukar(?:e|na)|anhöriga|boende|arbetsgivar(?:sidan|en|företrädare)|arbetstagar(?:sidan|na|företrädare)|fackliga\s+företrädare|styrelsen|personal(?:en)?|ledamöter(?:na)?|ledamot|tjänstepersoner(?:na)?|tjänstemän(?:nen)?|förvaltningen|kansliet|ledningen|presidiet|medlemmar(?:na)?|gäster(?:na)?|övriga|föräldrar(?:na)?|elever(?:na)?|nämnden|utskottet|gruppen|ledning(?:en)?|stab(?:en)?|adjungerade|förtroendevalda|politiker(?:na)?|medarbetare)$/iu;

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
 */
function twoNamesPerRow(rows: string[]): void {
  const pairs = rows.map((row) => TWO_NAMES.exec(row.trim()));
  const names = (m: RegExpExecArray | null | undefined): m is RegExpExecArray => !!m && !looksLikePlace(m[1]!) && !looksLikePlace(m[2]!.replace(/,.*$/u, ''));
  if (pairs.filter(names).length < 2) return;
  for (let k = rows.length - 1; k >= 0; k--) {
    const m = pairs[k];
    if (names(m)) rows.splice(k, 1, m[1]!, m[2]!);
  }
}

function splitGluedColumns(value: string): string[] {
  const afterRole = GLUED_AFTER_ROLE.exec(value.trim());
  if (afterRole) return [afterRole[1]!, afterRole[2]!];
  const pairs = splitGluedPairs(value.trim());
  if (pairs) return pairs;
  const m = GLUED_COLUMNS.exec(value.trim());
  if (!m || !looksLikePlace(m[2]!) || looksLikePlace(m[3]!) || !looksLikeName(m[3]!) || !looksLikePlace(m[4]!)) return [value];
  return [`${m[1]}, ${m[2]}`, `${m[3]}, ${m[4]}`];
}

/** "Lisa Ahl, Danderyd | Peter Krantz, Täby": people separated by spaced bars, when every part names someone. */
function splitAtBars(value: string): string[] {
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

function withFirstNameCapital(value: string): string {
  const m = LOWER_FIRST_NAME.exec(value);
  if (!m) return value;
  const word = `${m[2]!}${m[3]!}`;
  const capitalised = `${m[2]!.toUpperCase()}${m[3]!}`;
  if (NO_FIRST_NAME.test(word) || looksLikeTitle(capitalised) || looksLikePlace(word)) return value;
  return `${m[1]!}${capitalised}${value.slice(m[0].length)}`;
}

// "EK, Anna", "LINDQVIST-BERG, Omar": a register prints the surname in capitals before the first name.
const CAPITAL_SURNAME_FIRST = /^\s*(\p{Lu}{2,}(?:-\p{Lu}{2,})?),\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(\s*(?:\([^()]*\)|,\s*\S.*))?\s*$/u;

function withGivenNameFirst(value: string): string {
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

function namesOrganisation(row: string): boolean {
  const text = organisationHeader(row);
  if (!/^\p{Lu}/u.test(text) || /[,()]/.test(text) || text.split(/\s+/).length > 5) return false;
  // "PRO Jakobsberg", "SPF Seniorerna": an acronym opens an organisation, not a name.
  return looksLikePlace(text) || !looksLikeName(text) || /^\p{Lu}\p{Ll}{3,}(?:en|et|na)(?:\s|$)/u.test(text) || /^\p{Lu}{2,}\s/u.test(text);
}

/**
 * "Polisen" / "- Johan Lindmark, kommunpolis" / "- Sara Öhrn, områdespolis" / "Sigtuna kommun" / "- …": in a dashed
 * list of people, an undashed row heads the people below it with their organisation. Returns the rows as
 * "Polisen: Johan Lindmark, kommunpolis", the way an organisation before a colon is read.
 */
function withOrganisationHeaders(row: string, index: number, rows: readonly string[]): string[] {
  const undashed = undashedGroups(rows);
  if (undashed) return undashed[index] === null ? [] : [undashed[index]!];
  const dashed = rows.filter((r) => DASHED_ROW.test(r));
  if (dashed.length < 2 || dashed.length === rows.length || !rows.filter((r) => !DASHED_ROW.test(r)).every(namesOrganisation)) return [row];
  if (!DASHED_ROW.test(row)) return [];
  const header = rows.slice(0, index).reverse().find((r) => !DASHED_ROW.test(r));
  return [header ? `${organisationHeader(header)}: ${row.replace(DASHED_ROW, '')}` : row];
}

/**
 * "Luleå kommun" / "Anna Ek, socialchef" / "Bo Lind, enhetschef" / "Region Norrbotten" / "Cia Berg, läkare": the same
 * grouping without dashes, where every heading row names a place or body and every other row a person and a title.
 * Returns each row as it is to be read (null for a heading), or null where the rows are not so grouped.
 */
function undashedGroups(rows: readonly string[]): (string | null)[] | null {
  if (rows.length < 4) return null;
  const heading = (r: string) => !/[,()]/.test(r) && looksLikePlace(organisationHeader(r)) && organisationHeader(r).split(/\s+/).length <= 5;
  const person = (r: string) => /,/.test(r) && looksLikeName(r.split(',')[0]!.trim()) && r.split(',')[0]!.trim().includes(' ') && !looksLikePlace(r.split(',')[0]!.trim());
  // Every heading has its people under it ("Åsa Ek Tyresö kommun" rows of a table are no headings over nothing).
  const headed = rows.every((r, k) => !heading(r) || (rows[k + 1] !== undefined && person(rows[k + 1]!)));
  if (!heading(rows[0]!) || rows.filter(heading).length < 2 || !headed || !rows.every((r) => heading(r) || person(r))) return null;
  let current = '';
  return rows.map((r) => {
    if (heading(r)) {
      current = organisationHeader(r);
      return null;
    }
    return `${current}: ${r}`;
  });
}

// ". Sofia Ek …": a stop after a word (not after an initial) and a first name and surname open the next sentence.
// Not after an abbreviated function: "vice ordf. Ruth Lindgren (c)" is one person.
const PROSE_SENTENCE_START = /(?<=\p{Ll}{2}|\))(?<!\b(?:ordf|sekr|led|ers|suppl|adj|tjg))\.\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll})/u;
// "Sofia Ek deltog som adjungerad", "Per Öst närvarade i egenskap av sekreterare": the function someone took part in,
// written as a clause, is their role.
const TAKES_PART_AS = /\s+(?:deltog|deltar|närvarade|närvarar|medverkade|var\s+med|var\s+närvarande)\s+(?:som|i\s+egenskap\s+av)\s+(\p{Ll}[\p{Ll} -]*?)\s*(?=[.,;]|$)/u;

// "14 medarbetare", "ca 15 boende", "ett tiotal föräldrar": the count may be an estimate.
const UNNAMED_COUNT_AFTER = /(?:\s*,|\s+(?:och|samt))\s+(?:(?:ca\.?|cirka|ytterligare)\s+)?(?:\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|flera)\s+\p{Ll}{3,}(?:\s+\p{Ll}+)*(?:\s+\p{L}+)*\.?\s*$/u;
const UNNAMED_COUNT = /^\s*(?:(?:(?:ca\.?|cirka|drygt|knappt|omkring|ungefär)\s+)?\d{1,3}|ett\s+\p{Ll}+tal)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*(?:,|samt|och)\s+(?=\p{L})/u;

export function people(fields: HeadField[], kinds: readonly HeadField['kind'][], defaultRole: string | null = null): Person[] {
  const result: Person[] = [];
  for (const field of fields) {
    if (!kinds.includes(field.kind)) continue;
    const context = field.kind === 'others' ? 'other' : 'member';
    // "Från polisen:", "Från regionen:": people sent by another authority, which is their organisation ("Från kommunen:"
    // is the meeting's own side and gives none).
    const fromAuthority = /^Från\s+(polisen|regionen|länsstyrelsen|räddningstjänsten|försäkringskassan|arbetsförmedlingen)$/iu.exec(field.label);
    const fieldOrganisation = fromAuthority ? fromAuthority[1]!.charAt(0).toUpperCase() + fromAuthority[1]!.slice(1).toLowerCase() : null;
    // Associations and companies call their substitutes "suppleanter"; the label names the role.
    const substituteRole =
      // "Närvarande tjänstgörande ersättare": the serving substitutes, not the others ("icke/ej tjänstgörande").
      field.kind !== 'substitutes' ? null : /suppleant/iu.test(field.label) ? 'suppleant' : /(?<!(?:icke|ej)\s)tjänstgörande/iu.test(field.label) ? 'tjänstgörande ersättare' : defaultRole;
    // Prose lists: "Anna Ek (Haninge), Per Öst (Tyresö) och Lena Åberg (Nynäshamn)."
    // "Styrelsen: A, B; Personal: C": groups named before a colon, one after another.
    const rows = joinWrappedValues(field.values.map(withoutHonorifics))
      // "Åsa Wennerholm, ordförande . Haninge kommun", "Gunnar Tell, vice ordförande | Region Stockholm": a speck in the
      // column gap after a title in lower case, before where the person comes from, stands for the comma.
      .map((v) => v.replace(/(?<=(?:^|\s)\p{Ll}{3,})\s+[.|]\s+(?=\p{Lu}[^,]*$)/u, ', '))
      // "… Eva Lindgren (fritidskonsulent": OCR lost the list's last closing bracket, which would hold every comma before it.
      .map((v) => (/\([^()]*$/u.test(v) ? `${v.replace(/[\s.,;:|]+$/u, '')})` : v))
      // "14 medarbetare samt enhetschef Karin Ek och …": a count of people the list does not name, before those it does.
      .map((v) => v.replace(UNNAMED_COUNT, ''))
      // "Anna Ek, Bo Lind samt tre representanter från elevrådet": people the list counts but does not name, after it.
      .map((v) => v.replace(UNNAMED_COUNT_AFTER, ''))
      // "ulf Klint, sekreterare": OCR lost the capital of the first name at the start of a row.
      .map(withFirstNameCapital)
      // "Anna:Karin af Klint": OCR reads the hyphen of a double first name as a colon.
      .map((v) => v.replace(/(?<=(?:^|[\s,;])\p{Lu}\p{Ll}+):(?=\p{Lu}\p{Ll}+\s+\p{L})/gu, '-'))
      .flatMap((v) => v.split(/;\s*(?=\p{Lu}[\p{L} ]{1,30}:\s)/u))
      // "… och Kent Berg. Sofia Ek från Region Stockholm deltog som adjungerad.": a list in prose goes on in a sentence of its own.
      // "ordf. Gösta Lind": before the sentences are split, so that an abbreviation's stop does not end one.
      .map(distributeSharedBracket)
      .map(rolesAfterNames)
      .flatMap((v) => v.split(PROSE_SENTENCE_START))
      .map((v) => v.replace(TAKES_PART_AS, ', $1'))
      // "… och Sara Berg m.fl.": the others are not named.
      .map((v) => v.replace(/\s*(?:m\.\s?fl|med\s+flera)\.?\s*$/iu, ''))
      // "Olle .Nilsson": a speck read as a stop glued to the surname would end the list at the first name.
      .map((v) => v.replace(/(?<=\p{L})\s+[.,'`]+(?=\p{Lu}\p{Ll})/gu, ' '))
      .flatMap(splitGluedColumns)
      .flatMap(splitAtBars)
      .flatMap(withOrganisationHeaders)
      .map(withGivenNameFirst);
    twoNamesPerRow(rows);
    // A list printed one person a row ("Bo Malm, DHR Huddinge"): a row of two comma parts is a name and an
    // organisation, even when the organisation is two capitalised words ("Tomas Ek, Attention Huddinge").
    const onePerRow = rows.length >= 3 && rows.filter((v) => (v.match(/,/g) ?? []).length === 1 && parsePerson(v, context)?.organisation).length * 2 >= rows.length;
    const groups = rows.flatMap(splitProseGroups);
    // "… och Per Lind (Vallentuna)." and "… samt Per Lind": the last name of a list.
    // Not after a hyphen: "Autism- och Aspergerföreningen" is one name.
    const before = result.length;
    for (const { text: value, groupRole } of groups.filter((g) => !ALL_EXCEPT.test(g.text.trim())).map((g) => ({ ...g, text: /(?<!-)\s(?:och|samt)\s+\p{Lu}/u.test(g.text) ? g.text.replace(/(?<!-)\s+(?:och|samt)\s+(?=\p{Lu})/gu, ', ').replace(/\.\s*$/, '') : g.text }))) {
      // "Solna stad: Jenny Moberg, Per Ek": the organisation first, then its people.
      // "M: Anna Ek (ordf.), Bo Lind": a one-letter party names its members the same way.
      // "Från Haninge: Sara Lind, Omar Said": the place the group comes from, after "från".
      const byOrganisation = /^(?:[Ff]rån\s+)?(\p{Lu}[^:,]{1,40}?|[SMCVL]):\s+(\p{Lu}.*)$/u.exec(value.trim());
      const prefix = byOrganisation?.[1]?.trim() ?? '';
      // A person's name before the colon would be a person, not an organisation.
      // "Mötesordförande: Kjell Ek" inside a list: a function, which is the person's role.
      const prefixIsTitle = looksLikeTitle(prefix);
      if (byOrganisation && (looksLikePlace(prefix) || !prefix.includes(' ') || !looksLikeName(prefix) || namesOrganisation(prefix))) {
        // "Styrelsen:", "Personal:": a group of the meeting's own people, not an organisation they come from.
        const organisation = prefixIsTitle || OWN_GROUP.test(prefix) ? null : prefix;
        const prefixRole = prefixIsTitle ? prefix.toLowerCase() : null;
        const named = (parsePeopleList(byOrganisation[2]!, context) ?? [parsePerson(byOrganisation[2]!, context)]).filter((p): p is Person => p !== null && p.name.includes(' '));
        if (named.length > 0) {
          result.push(...named.map((p) => ({ ...p, organisation: p.organisation ?? organisation, role: p.role ?? prefixRole ?? substituteRole })));
          continue;
        }
      }
      const several = onePerRow && (value.match(/,/g) ?? []).length === 1 ? null : parsePeopleList(value, context);
      if (several) {
        result.push(...several.map((p) => ({ ...p, role: p.role ?? groupRole ?? substituteRole })));
        continue;
      }
      const person = parsePerson(value, context);
      // A lone word ("Botkyrka", "Huddinge, ordförande") is the column beside a name, not a person.
      if (person && person.name.includes(' ')) {
        result.push({ ...person, role: person.role ?? groupRole ?? substituteRole });
        continue;
      }
      // "Närvarande: Anna, Per, Lisa": a small team named by first names only.
      // "Anna (Vallentuna), Per (Österåker)": a first name with the place the person comes from in brackets.
      const firstNameParts = value.split(/\s*,\s*|\s+och\s+/u).map((p) => p.trim().replace(/\.$/, '')).filter(Boolean).map((part) => {
        const placed = /^(\p{Lu}\p{Ll}+)\s*\(([^()]+)\)$/u.exec(part);
        return placed && looksLikePlace(placed[2]!) ? { name: placed[1]!, organisation: placed[2]!.trim() as string | null } : { name: part, organisation: null as string | null };
      });
      const firstNames = firstNameParts.map((p) => p.name);
      const onlyValue = rows.length === 1 && groups.length === 1;
      if ((firstNames.length >= 2 || (onlyValue && result.length === 0)) && firstNames.every(isFirstName)) {
        result.push(...firstNameParts.map(({ name, organisation }) => ({ name, organisation, role: groupRole ?? substituteRole })));
        continue;
      }
      // A column of municipalities or titles next to a column of names.
      const previous = result[result.length - 1];
      const extra = value.trim();
      if (previous && extra && !/\d/.test(extra) && extra.split(/\s+/).length <= 4 && !NO_ONE.test(extra)) {
        if (/^\p{Ll}/u.test(extra) || context === 'other') previous.role ??= extra;
        else {
          const described = describeExtras(extra.split(/\s*,\s*/), context);
          previous.organisation ??= described.organisation;
          previous.role ??= described.role;
        }
      }
    }
    if (fieldOrganisation) for (const person of result.slice(before)) person.organisation ??= fieldOrganisation;
  }
  return result;
}

/**
 * "Mötesledare: Fredrika Svärd, Täby", "Protokollförare: Ronja Berg" in a head
 * block without signature lines: a function someone had at the meeting. It
 * becomes that attendee's role, or adds them as an attendee.
 */
export function withFunctions(attendees: Person[], fields: HeadField[], type: DocumentType, signatureLayout: boolean): Person[] {
  if (type === 'kallelse' || signatureLayout) return attendees;
  const result = [...attendees];
  for (const field of fields) {
    if (field.kind !== 'signature' || field.values.length !== 1) continue;
    // "Protokollförare: Yasmin: Rahimi": a speck read as a colon between the first name and the surname.
    const person = parsePerson(field.values[0]!.replace(/^(\p{Lu}\p{Ll}+)[:;]\s+(?=\p{Lu}\p{Ll}+(?:,|$))/u, '$1 '));
    if (!person || !person.name.includes(' ')) continue;
    const role = field.label.toLowerCase();
    const known = result.find((p) => p.name.toLowerCase() === person.name.toLowerCase());
    // "Mötesordförande: Kjell Ek" below a list that names him as a member: chairing this one meeting is no standing
    // role of his; the label only adds someone the lists left out.
    if (known) {
      if (!/^mötes(?:ordförande|sekreterare)$/iu.test(field.label)) known.role ??= role;
    }
    // "Mötesledare: Mona Petersson, enhetschef": the title printed with the name stays the role.
    else result.push({ name: person.name, organisation: person.organisation ?? null, role: person.role ?? role });
  }
  return result;
}

/**
 * "Minnesanteckningar APT hemtjänst Norr 3/4-25 (Anna, Bosse, Cilla, Dragan)": a small team's notes name who was there
 * by first name in a bracket after the title, where no list of those present follows.
 */
export function teamInTitle(title: string | null | undefined, firstPage: readonly DocumentLine[]): Person[] {
  let text = title ?? '';
  // "… 3/4-25 (Anna," / "Bosse, Cilla, Dragan)": the bracket wrapped at the margin onto the next row.
  const at = firstPage.findIndex((line) => text !== '' && line.text.trim() === text.trim());
  if (/\([^()]*$/u.test(text) && at >= 0) {
    for (const line of firstPage.slice(at + 1, at + 3).filter((l) => !isBlank(l))) {
      text = `${text} ${line.text.trim()}`;
      if (/\)/u.test(line.text)) break;
    }
  }
  const bracket = /\(([^()]+)\)\s*$/u.exec(text);
  const names = bracket ? bracket[1]!.split(/\s*,\s*|\s+(?:och|samt)\s+/u).map((n) => n.trim()).filter(Boolean) : [];
  if (names.length < 3 || !names.every(isFirstName)) return [];
  return names.map((name) => ({ name, organisation: null, role: null }));
}

export const PEOPLE_KINDS: readonly HeadField['kind'][] = ['attendees', 'absent', 'others', 'substitutes'];

/**
 * "3. Nästa träff" / … / "Deltagare: Hanna Lind, Västerås stad; …" / "Antecknare: Britta Ek": notes that list who took
 * part at their end, after the last point. Read only where the head lists no one.
 */
export function trailingPeople(headFields: readonly HeadField[], lines: readonly DocumentLine[], headings: readonly { line: number }[]): HeadField[] {
  const last = headings[headings.length - 1];
  // "Närvarande: se närvarolista sist i protokollet": a head that only points to the list names no one either.
  if (!last || people([...headFields], PEOPLE_KINDS).length > 0) return [];
  const start = lines.findIndex((line, i) => {
    if (i <= last.line) return false;
    const label = matchLabel(line.cells[0] ?? '');
    if (label === null || !PEOPLE_KINDS.includes(label.kind)) return false;
    // "Närvarolista" / "Namn | Närvarande" / …: the attendance table printed after the signatures.
    // "Närvarolista ,": OCR's speck after the heading.
    if (/^[\s.,;:|'"`]*$/u.test(label.rest) && line.cells.length === 1 && /^närvaro/iu.test(label.label)) return true;
    // With its colon: "Förhinder anmäls till nämndsekreteraren …" under a kallelse's agenda is a sentence, not a list.
    return /^[^:]{2,40}:/u.test(line.cells[0] ?? '') && /[,;]/.test(label.rest);
  });
  return start < 0 ? [] : parseHeadBlock(lines.slice(start)).filter((f) => PEOPLE_KINDS.includes(f.kind));
}

/** A member listed as absent and also as replaced by a tjänstgörande ersättare is one absent person. */
export function withoutRepeats(persons: Person[]): Person[] {
  const seen = new Set<string>();
  return persons.filter((p) => {
    const key = p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// "hela arbetsgruppen utom Lisa Åkesson", "samtliga ledamöter utom Per Ek": everyone was there except those named.
// "Styrelsen med undantag av Kalle Berg": the body itself, all but the people named.
const ALL_EXCEPT = /^(?:(?:hela|samtliga|alla)\b[^,;:]*?|\p{L}*(?:styrelsen|gruppen|nämnden|utskottet|rådet|ledamöterna|nätverket))\s*,?\s(?:utom|förutom|med\s+undantag\s+(?:av|för))\s+(\p{Lu}.*)$/iu;

/** The people an attendance value names as the only ones missing. */
export function exceptedMembers(fields: HeadField[]): Person[] {
  return fields
    .filter((f) => f.kind === 'attendees')
    .flatMap((f) => f.values.map((v) => ALL_EXCEPT.exec(v.trim())?.[1]).filter((v): v is string => v !== undefined))
    .flatMap((v) => splitNames(v).map((name) => parsePerson(name)).filter((p): p is Person => p !== null));
}

/** Members a tjänstgörande ersättare stood in for were not there. */
export function replacedMembers(fields: HeadField[]): Person[] {
  return fields
    .filter((f) => f.kind === 'attendees' || f.kind === 'substitutes')
    .flatMap((f) => joinWrappedValues(f.values).map(replacedMember))
    .filter((p): p is Person => p !== null);
}
