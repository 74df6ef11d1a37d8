import { closedRowCells } from './closed-people-table-rows.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { type HeadField, LIST_KINDS } from './head-field.ts';
import { SPECKLE_ONLY } from './head-specks.ts';
import { matchLabel } from './labels.ts';
import { cleanNameText } from './name-text-cleanup.ts';
import { organisationGroupGoesOn } from './organisation-groups-after-blank.ts';
import { withPartyColumnInBrackets } from './party-column-in-row.ts';
import { splitGluedColumns } from './people-list-rows.ts';
import { withoutSpeckCell } from './people-table-ocr-rows.ts';
import { parsePerson } from './person.ts';
import { looksLikePlace } from './person-parts.ts';
import { findDates } from './swedish-dates.ts';
import { memberRowGoesOn, placeAfterDayAndHours, substitutesTakeOver, valueGoesOnAfterBlank } from './values-read-apart.ts';
import { staysInList } from './waiting-label-values.ts';

// "Från Haninge: Sara Lind, …", "Region Stockholm: Jenny Falk": a group's name, a colon and a person's first name and surname.
const GROUP_ROW = /^\s*(?:[Ff]rån\s+)?\p{Lu}[\p{L} .-]{1,40}:\s+\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{Ll}/u;

/**
 * Whether the field being read ends at the blank row lines[i], judged by the rows after it. closedHeader and
 * headerWidth describe the people table being read, if any.
 */
export function valueEndsAtBlankRow(
  lines: readonly DocumentLine[],
  i: number,
  current: HeadField | null,
  waiting: readonly HeadField[],
  closedHeader: string[] | null,
  headerWidth: number | null,
): boolean {
  // A list of people may have blank rows; any other value ends at one.
  // "Tomas Ek (S)" / "" / "." / "" / "Stina Vall (C), …": a row of nothing but a speck is no row of the list.
  const next = lines.slice(i + 1).find((l) => !isBlank(l) && !SPECKLE_ONLY.test(l.text));
  // "Kommunhuset Kinna, torsdagen den 14 mars 2019": a row with a whole date names no person, however it reads.
  const nextPerson = next === undefined || matchLabel(next.cells[0] ?? '') || findDates(next.text).some((d) => d.explicitYear) ? null : parsePerson(withPartyColumnInBrackets(next.cells[0] ?? ''));
  const lastPerson = current?.values.length ? parsePerson(withPartyColumnInBrackets(current.values[current.values.length - 1]!)) : null;
  // "Åsa Ek Tyresö kommun" / "" / "Per Öst Haninge kommun": OCR puts blank rows between the rows of a people table.
  // "S1 Personal – Olle Rosvall" / "" / "S2 Analys – Sanna Lindby": the same with a function beside each name.
  // "Per Ek Norrby byalag" / "" / "Eva Lund kommunalråd": a table of names beside a column that holds where some come
  // from and others' titles; a row with either goes on with rows that had either.
  const described = (p: { organisation?: string | null; role?: string | null }) => !!p.organisation || !!p.role;
  const sameShape = nextPerson !== null && lastPerson !== null && nextPerson.name.includes(' ') && described(nextPerson) && described(lastPerson);
  // "Från Haninge: Sara Lind, Omar Said" / "" / "Från Nynäshamn: Britt Ek": OCR's blank rows between rows of people
  // grouped by where they come from.
  const lastValueText = current?.values[current.values.length - 1] ?? '';
  // "För arbetsgivaren: Eva Ek, …" / "Bo Lind, …" / "" / "För arbetstagarna: …": the next group after the rows of one.
  const groupRows =
    current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && next !== undefined && matchLabel(next.cells[0] ?? '') === null &&
    current.values.some((v) => GROUP_ROW.test(v)) && GROUP_ROW.test(next.text);
  const partyRows = memberRowGoesOn(current, lastValueText, next, nextPerson !== null, waiting);
  // "Lena Karlsson, ordförande ." / "" / "Mats Öberg" / "" / "Fredrik Nyman": OCR's blank rows between the rows of a
  // list printed one person a row; a row that is nothing but a first name and surname goes on with the list.
  const bareName =
    current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && lastPerson !== null && nextPerson !== null &&
    nextPerson.name.includes(' ') && !looksLikePlace(nextPerson.name) && cleanNameText(next!.text) === nextPerson.name;
  // "…; Eva Hjort," / "" / "Hudiksvalls kommun; Ali Karimi, …": a list row that ends on a comma or semicolon goes on
  // after OCR's blank row; no list ends on one, nor on "och" or "samt" ("… och Helmer Nyström samt" / "" / "…").
  // "… kyrkvärdarna Per Ek" / "" / "och Nils Ås samt 27 församlingsbor.": nor does a row that opens with "och" start anything.
  const openRow = current !== null && LIST_KINDS.has(current.kind) && next !== undefined && matchLabel(next.cells[0] ?? '') === null && (/(?:[,;]|\s(?:och|samt))\s*$/u.test(lastValueText) || (/,/u.test(lastValueText) && /^\s*(?:och|samt)\s+\p{Lu}/u.test(next.text)));
  // "Jansson Rut C" / "" / "Wahlström Erik SD": OCR's blank rows inside a people table whose column gaps it closed.
  const closedRow = current !== null && LIST_KINDS.has(current.kind) && closedHeader !== null && next !== undefined && next.cells.length === 1 && closedRowCells(next.cells[0]!, closedHeader) !== null;
  // "Rebecka Ek | Region Dal" / "" / "Siv Lund | Region Dal | Antecknare" under "Namn | Organisation | Roll": a row
  // as wide as the table's header after OCR's blank row is its next row.
  const headerRow = current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && headerWidth !== null && next !== undefined && nextPerson !== null && nextPerson.name.includes(' ') &&
    withoutSpeckCell(next, headerWidth).cells.length === headerWidth;
  // ".Eva Ek, Holmby kommun Per Lind, Norrby kommun": two people of a two-column list, the gap closed by OCR.
  const gluedPeople = current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && next !== undefined && matchLabel(next.cells[0] ?? '') === null && splitGluedColumns(next.cells[0] ?? '').length >= 2;
  const continuesList =
    groupRows || partyRows || bareName || openRow || closedRow || headerRow || gluedPeople || (current !== null && staysInList(current, waiting, next)) ||
    (current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && nextPerson !== null &&
    (/[,(]/.test(withPartyColumnInBrackets(next!.text)) || sameShape));
  // "… tisdagen den 10" / "" / "oktober 2023 kl. 17.30": a date value wrapped across a blank row.
  const lastValue = current?.values[current.values.length - 1] ?? '';
  const continuesDate = valueGoesOnAfterBlank(current, lastValue, next, waiting);
  const continuesPlace = placeAfterDayAndHours(current, next, waiting);
  // "- Sara Öhrn, områdespolis" / "" / "Sigtuna kommun |" / "" / "- Anette Krantz, …": OCR's blank rows inside a dashed
  // list of people grouped under organisation rows.
  const dashed = /^\s*[-–—•*]\s+\p{Lu}/u;
  const afterNext = next === undefined ? undefined : lines.slice(lines.indexOf(next) + 1).find((l) => !isBlank(l));
  const continuesGroups =
    current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && dashed.test(lastValue) && next !== undefined && afterNext !== undefined &&
    (dashed.test(next.text) || (next.text.trim().split(/\s+/).length <= 5 && !/,/.test(next.text) && matchLabel(next.cells[0] ?? '') === null && dashed.test(afterNext.text) && /,/.test(afterNext.text)));
  const organisationGroups = current !== null && LIST_KINDS.has(current.kind) && waiting.length === 0 && organisationGroupGoesOn(current.values, next, afterNext);
  const replacementParts = substitutesTakeOver(current, lastValueText, next, waiting);
  if (replacementParts) return true;
  return !continuesList && !continuesDate && !continuesPlace && !continuesGroups && !organisationGroups && current !== null && current.values.length > 0;
}
