import { type HeadField, LIST_KINDS, MEETING_KINDS } from './head-field.ts';
import { DOCUMENT_TITLE, PAGE_OF, UNKNOWN_LABEL_ROW } from './head-value-stops.ts';
import { findDates } from './swedish-dates.ts';
import { belongsToNextWaiting } from './waiting-label-values.ts';

// A row that breaks off after a separator and one capitalised word: a first name whose surname went to the next row.
// "… och nämndsekreterare Moa" / "Ekberg m.fl.": after "och" too, and after a title in lower case before the name.
const BROKEN_NAME_END = /(?:[,;]\s*(?:och\s+)?|\s(?:och|samt)\s+)(?:\p{Ll}{4,}\s+)?\p{Lu}\p{Ll}+\s*$/u;
// The surname's row goes on with the list's punctuation, or "m.fl." that ends it; a lone word without it is a heading
// ("Punkter").
const LONE_SURNAME_ROW = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[.,;]|m\.\s?fl\.?|med\s+flera\.?)(?:\s+[|:;'"`]+)?\s*$/u;

// The lists that name people present or away; adjusters are named without a title.
// "Medlemmar Johan Ny" / "Sara Ek" / … / "Medlem Eva Holm" under "Frånvarande": a list grouped by function, the group's
// word printed before its first name where OCR closed the column gap. Membership is no role, so the word goes. Only
// before a bare name: "Ledamot Anna Berg Täby kommun" is a row of a table whose role column says "ledamot".
const MEMBER_GROUP_BEFORE_NAME = /^\s*(?:medlem(?:mar)?|ledamöter|ordinarie\s+ledamöter)\s+(?=\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[\s.,:;|'"]*$)/iu;

export const PEOPLE_LISTS: ReadonlySet<string> = new Set(['attendees', 'substitutes', 'others', 'absent']);
// "Lena Holmqvist, kommunchef", "Per Sjö, ekonomichef, §§ 146–147": a person and a title in lower case.
const NAME_WITH_TITLE = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*,\s*\p{Ll}{4,}/u;

const PERSON_WITH_PARTY = /^\s*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*\(\p{Lu}{1,3}\)/u;

/** What a head's values are paired with besides the field being read: the labels read first, still waiting for theirs. */
export interface PendingLabels {
  readonly waiting: HeadField[];
  // "Kommunkontoret, kl 09.00-11.50," / "" / "13.00-15.20": a meeting's time that a comma leaves open goes on with the
  // next time read, past OCR's blank row and before any waiting label takes it.
  openTime: HeadField | null;
  // The list of people the last value went to, while labels read first still wait for theirs.
  lastList: HeadField | null;
}

/**
 * Gives a value read in a head block to the field it belongs to: the field being read, or the next label read first
 * that still waits for its value. Returns the field being read after it.
 */
export function takeValue(value: string, current: HeadField | null, pending: PendingLabels): HeadField | null {
  const waiting = pending.waiting;
  if (pending.openTime !== null && /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\b/u.test(value)) {
    const values = pending.openTime.values;
    values[values.length - 1] = `${values[values.length - 1]!} ${value.trim()}`;
    pending.openTime = null;
    return current;
  }
  pending.openTime = null;
  // "Övriga deltagande" / "Utses att justera" … then "Lena Ek, kommunchef" / "" / "Per Sjö, ekonomichef" / "" / "Eva Lax":
  // with the labels read first, OCR's blank rows between the rows of a list of staff do not hand "name, title" to the
  // adjusters or the place and day of adjusting waiting next, which name no one by a title.
  if (current === null && pending.lastList !== null && waiting.length > 0 && !PEOPLE_LISTS.has(waiting[0]!.kind) && NAME_WITH_TITLE.test(value)) {
    pending.lastList.values.push(value);
    return current;
  }
  // "Plats och tid" / "Beslutande" / … then "PROTOKOLL" / "1 (2)" / "Kommunhuset …": OCR read the label column, then
  // the header's right-hand column, then the values; the document's name and page number belong to no label.
  // "SAMMANTRÄDESPFRSOFEOKOLE": the name in capitals, OCR damage inside it, is one long word no value is.
  if (current === null && waiting.length > 0 && (DOCUMENT_TITLE.test(value) || PAGE_OF.test(value) || /^\s*\p{Lu}{10,}\s*$/u.test(value))) return current;
  // "Plats: Bygdegården, Östra Ed" / "Antal närvarande medlemmar: 34": a row with a label of its own that no catalogue
  // knows ends the value above it; it is no part of the place.
  if (current !== null && MEETING_KINDS.has(current.kind) && current.values.length > 0 && UNKNOWN_LABEL_ROW.test(value)) {
    current = null;
    return current;
  }
  if (current === null && waiting.length > 0) current = waiting.shift()!;
  // "Arne Ek (S)" / "Kommunkansliet, 2024-06-27" with no blank row between: a row with a full date lists no person,
  // so in a label column read first it is the next label's value.
  else if (current !== null && LIST_KINDS.has(current.kind) && current.values.length > 0 && waiting.length > 0 && findDates(value).some((d) => d.explicitYear)) current = waiting.shift()!;
  // "5.3.2024 kl. 17.00–19.10" / "Stadshuset, nämndrummet" under "Sammanträdestid" / "Sammanträdesplats": a time that
  // has its date and clock is whole, and a row without a figure after it is the next waiting label's value.
  // "Kommunhuset, sal Dalbo, kl. 13.00–15.10" / "Hanna Lind (S), ordförande" under "Plats och tid" / "Beslutande": a
  // person with a party after the meeting's time is the first of the list waiting.
  // "Regionens hus, sal Storsjön" / "Lena Kvist (S), ordförande" under "Plats:" / "Beslutande:": after a place too.
  else if (current !== null && MEETING_KINDS.has(current.kind) && waiting.length > 0 && LIST_KINDS.has(waiting[0]!.kind) && (current.kind === 'place' || current.values.some((v) => /\d[.:]\d{2}/u.test(v))) && current.values.length > 0 && PERSON_WITH_PARTY.test(value)) current = waiting.shift()!;
  else if (current !== null && (current.kind === 'time' || current.kind === 'date') && waiting.length > 0 && !/\d/u.test(value) && current.values.some((v) => findDates(v).length > 0 && /\d[.:]\d{2}/u.test(v.slice(findDates(v)[0]!.index + findDates(v)[0]!.length)))) current = waiting.shift()!;
  // "Sammanträdesdag" / "Tid" / "Lokal" then "Torsdag 12 september 2024" / "Kl. 13.15 – 16.00" / "Kommunhuset …" with no
  // blank rows between: a clock after the day is the waiting time's value, and a row without figures after the clock
  // the waiting place's.
  else if (current !== null && current.kind === 'date' && current.values.length > 0 && waiting[0]?.kind === 'time' && /^\s*(?:[kK][lI1]\.?\s*)?\d{1,2}[.:]\d{2}/u.test(value)) current = waiting.shift()!;
  else if (current !== null && current.kind === 'time' && current.values.some((v) => /\d[.:]\d{2}/u.test(v)) && (waiting[0]?.kind === 'place' || waiting[0]?.kind === 'placeTime') && !/\d/u.test(value)) current = waiting.shift()!;
  else if (current !== null && belongsToNextWaiting(current, waiting, value)) current = waiting.shift()!;
  if (!current) return current;
  // "… Erik Lund; Inga" / "Berg.": a list in prose wrapped inside a name; a row that is one capitalised word ending
  // the sentence is no person of its own, so it finishes the name the row above broke off.
  const last = current.values[current.values.length - 1];
  if (last !== undefined && LIST_KINDS.has(current.kind) && BROKEN_NAME_END.test(last) && LONE_SURNAME_ROW.test(value)) {
    current.values[current.values.length - 1] = `${last} ${value.trim()}`;
    return current;
  }
  current.values.push(PEOPLE_LISTS.has(current.kind) ? value.replace(MEMBER_GROUP_BEFORE_NAME, '') : value);
  if (MEETING_KINDS.has(current.kind) && /\d[.:]\d{2}\s*,\s*$/u.test(value)) pending.openTime = current;
  pending.lastList = PEOPLE_LISTS.has(current.kind) && waiting.length > 0 ? current : null;
  return current;
}
