import { closedRowCells } from './closed-people-table-rows.ts';
import { placeWrappedUnderTable } from './place-wrapped-under-table.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { colonLabelCells, splitEmbeddedLabel } from './glued-label-cells.ts';
import { type HeadField, LIST_KINDS, MEETING_KINDS } from './head-field.ts';
import { isEdgeScrap, SPECKLE_ONLY, withoutLeadingMixedScrap, withoutLeadingQuoteSpeck, withoutScrapCells } from './head-specks.ts';
import { AGENDA_HEADING, AGENDA_TABLE_HEAD, BRACKETED_ASIDE, DOCUMENT_TITLE, isPointsTableHeader, opensUnknownLabelColumn, PAGE_OF, READER_NOTE, TURNOUT, UNKNOWN_LABEL_ROW } from './head-value-stops.ts';
import { labelRowTable, listColumns } from './label-column-tables.ts';
import { labelWordsOverValues } from './label-row-words.ts';
import { joinProseRows, LABEL_VERB, sentenceCells } from './labelled-prose.ts';
import { matchLabel } from './labels.ts';
import { isListSubheading, isWrappedPlaceRow, withoutSpeckCell } from './people-table-ocr-rows.ts';
import { FIGURES_ONLY, INITIALS_HEADER, isTableHeader, NAME_HEADER, PLACE_COLUMN, ROLE_COLUMN, ROLE_HEADER, TABLE_HEADER } from './people-table-header.ts';
import { functionColumnRow, rolePrefixedPerson, tableRow } from './people-table-rows.ts';
import { cleanNameText } from './name-text-cleanup.ts';
import { organisationGroupGoesOn } from './organisation-groups-after-blank.ts';
import { withPartyColumnInBrackets } from './party-column-in-row.ts';
import { splitGluedColumns } from './people-list-rows.ts';
import { parsePerson } from './person.ts';
import { withoutMemberColumn } from './member-column.ts';
import { looksLikePlace } from './person-parts.ts';
import { withoutInitialsBeforeName } from './initials-before-names.ts';
import { absenceColumn, shiftedMarkRow } from './absence-mark-column.ts';
import { roleLabelsOverNames } from './role-labels-over-names.ts';
import { withRoleAfterFirstPerson } from './role-before-first-person.ts';
import { type AttendanceMarks, isPresenceMark, markPerson, modeRunIntoCell, presenceColumn, trailingMarkRow, trailingPresenceHeader } from './presence-marks.ts';
import { findDates } from './swedish-dates.ts';
import { leavesValueColumn } from './value-column-exit.ts';
import { headerDateRows, memberRowGoesOn, placeAfterDayAndHours, substitutesTakeOver, valueGoesOnAfterBlank } from './values-read-apart.ts';
import { belongsToNextWaiting, staysInList, withWrappedLabels } from './waiting-label-values.ts';

// A row that breaks off after a separator and one capitalised word: a first name whose surname went to the next row.
// "… och nämndsekreterare Moa" / "Ekberg m.fl.": after "och" too, and after a title in lower case before the name.
const BROKEN_NAME_END = /(?:[,;]\s*(?:och\s+)?|\s(?:och|samt)\s+)(?:\p{Ll}{4,}\s+)?\p{Lu}\p{Ll}+\s*$/u;
// The surname's row goes on with the list's punctuation, or "m.fl." that ends it; a lone word without it is a heading
// ("Punkter").
const LONE_SURNAME_ROW = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*(?:[.,;]|m\.\s?fl\.?|med\s+flera\.?)(?:\s+[|:;'"`]+)?\s*$/u;

// The lists that name people present or away; adjusters are named without a title.
const PEOPLE_LISTS: ReadonlySet<string> = new Set(['attendees', 'substitutes', 'others', 'absent']);
// "Lena Holmqvist, kommunchef", "Per Sjö, ekonomichef, §§ 146–147": a person and a title in lower case.
const NAME_WITH_TITLE = /^\s*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s*,\s*\p{Ll}{4,}/u;

const PERSON_WITH_PARTY = /^\s*\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)+\s*\(\p{Lu}{1,3}\)/u;

// "Från Haninge: Sara Lind, …", "Region Stockholm: Jenny Falk": a group's name, a colon and a person's first name and surname.
const GROUP_ROW = /^\s*(?:[Ff]rån\s+)?\p{Lu}[\p{L} .-]{1,40}:\s+\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{Ll}/u;

/**
 * The labelled fields of a head block. A label and its value can share a row
 * ("Plats och tid   Kommunhuset …"), the value can follow on the next rows,
 * or, when OCR read the label column as its own block, several labels come
 * first and their value paragraphs follow in the same order.
 */
export function parseHeadBlock(input: readonly DocumentLine[]): HeadField[] {
  const lines = joinProseRows(withWrappedLabels(input.map(withoutLeadingQuoteSpeck).map(withoutLeadingMixedScrap).map(withoutMemberColumn))).map((line) => {
    // Only a value cell beside a label can hold the second pair of the row.
    if (line.cells.length !== 2 || matchLabel(line.cells[0]!) === null || matchLabel(line.cells[0]!)!.rest) return line;
    const split = splitEmbeddedLabel(line.cells[1]!);
    return split.length === 1 ? line : { ...line, cells: [line.cells[0]!, ...split], cellX: undefined };
  });
  const fields: HeadField[] = [];
  const waiting: HeadField[] = [];
  let current = null as HeadField | null;
  // Where the current field's label and value start, when both shared a row.
  let columns = null as { label: number; value: number } | null;

  // "Kommunkontoret, kl 09.00-11.50," / "" / "13.00-15.20": a meeting's time that a comma leaves open goes on with the
  // next time read, past OCR's blank row and before any waiting label takes it.
  let openTime = null as HeadField | null;
  // "Närvarande:" rows with nothing after the colon, which may head the groups of people below them.
  const groupHeadings = new Set<HeadField>();
  // The list of people the last value went to, while labels read first still wait for theirs.
  let lastList = null as HeadField | null;
  const take = (value: string) => {
    if (openTime !== null && /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\b/u.test(value)) {
      const values = openTime.values;
      values[values.length - 1] = `${values[values.length - 1]!} ${value.trim()}`;
      openTime = null;
      return;
    }
    openTime = null;
    // "Övriga deltagande" / "Utses att justera" … then "Lena Ek, kommunchef" / "" / "Per Sjö, ekonomichef" / "" / "Eva Lax":
    // with the labels read first, OCR's blank rows between the rows of a list of staff do not hand "name, title" to the
    // adjusters or the place and day of adjusting waiting next, which name no one by a title.
    if (current === null && lastList !== null && waiting.length > 0 && !PEOPLE_LISTS.has(waiting[0]!.kind) && NAME_WITH_TITLE.test(value)) {
      lastList.values.push(value);
      return;
    }
    // "Plats och tid" / "Beslutande" / … then "PROTOKOLL" / "1 (2)" / "Kommunhuset …": OCR read the label column, then
    // the header's right-hand column, then the values; the document's name and page number belong to no label.
    // "SAMMANTRÄDESPFRSOFEOKOLE": the name in capitals, OCR damage inside it, is one long word no value is.
    if (current === null && waiting.length > 0 && (DOCUMENT_TITLE.test(value) || PAGE_OF.test(value) || /^\s*\p{Lu}{10,}\s*$/u.test(value))) return;
    // "Plats: Bygdegården, Östra Ed" / "Antal närvarande medlemmar: 34": a row with a label of its own that no catalogue
    // knows ends the value above it; it is no part of the place.
    if (current !== null && MEETING_KINDS.has(current.kind) && current.values.length > 0 && UNKNOWN_LABEL_ROW.test(value)) {
      current = null;
      return;
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
    if (!current) return;
    // "… Erik Lund; Inga" / "Berg.": a list in prose wrapped inside a name; a row that is one capitalised word ending
    // the sentence is no person of its own, so it finishes the name the row above broke off.
    const last = current.values[current.values.length - 1];
    if (last !== undefined && LIST_KINDS.has(current.kind) && BROKEN_NAME_END.test(last) && LONE_SURNAME_ROW.test(value)) {
      current.values[current.values.length - 1] = `${last} ${value.trim()}`;
      return;
    }
    current.values.push(value);
    if (MEETING_KINDS.has(current.kind) && /\d[.:]\d{2}\s*,\s*$/u.test(value)) openTime = current;
    lastList = PEOPLE_LISTS.has(current.kind) && waiting.length > 0 ? current : null;
  };

  // Where the names stand in a people table whose header puts another column first.
  let nameColumn = null as { at: number; width: number; role: string | null } | null;
  // Where a column of initials stands in a people table.
  let initialsColumn = null as { at: number; width: number } | null;
  // Where the surname and the first name stand in a people table that splits them.
  let nameParts = null as { surname: number; given: number } | null;
  // The column headings of a people table that OCR read as one cell ("Namn Roll Organisation"), while its rows go on.
  let closedHeader = null as string[] | null;
  // An attendance table with a column of marks: who is marked present attends, who is marked off is absent.
  let marks = null as AttendanceMarks | null;

  // How many columns the header of the people table above named ("Namn | Organisation": two).
  let headerWidth = null as number | null;

  const headerDates = headerDateRows(lines);
  for (let i = 0; i < lines.length; i++) {
    let line = withoutInitialsBeforeName(lines[i]!);
    // The header's date read among the values waiting for their labels is no label's value.
    if (headerDates.has(line) && current === null && waiting.length > 0) continue;
    if (closedHeader !== null && !isBlank(line)) {
      const cells = line.cells.length === 1 && !matchLabel(line.cells[0]!) ? closedRowCells(line.cells[0]!, closedHeader) : null;
      if (cells) line = { ...line, cells, text: cells.join(' ') };
      else if (current !== null && PEOPLE_LISTS.has(current.kind) && current.values.length > 0 && isWrappedPlaceRow(line)) {
        current.values[current.values.length - 1] = `${current.values[current.values.length - 1]} ${line.cells[0]!.trim()}`;
        continue;
      }
      // "Sanna Wirén Botkyrka kommun," / "utbildningsförvaltningen": a cell wrapped onto a row of its own in lower case
      // does not end the table.
      // "Frånvarande" alone on its row: the absent listed on in the same columns, under their own heading.
      else if (!/^\p{Ll}/u.test(line.cells[0] ?? '') && !isListSubheading(line)) closedHeader = null;
    }
    if (headerWidth !== null && !isBlank(line) && matchLabel(line.cells[0] ?? '') === null) line = withoutSpeckCell(line, headerWidth);
    // "Namn | Organisation | i | Närvarande": a letter alone in a column gap of an attendance table is a speck.
    if (marks !== null || presenceColumn(withoutScrapCells(line)) !== null) line = withoutScrapCells(line);
    const column = presenceColumn(line) ?? (trailingPresenceHeader(line) ? -1 : null);
    if (column !== null) {
      // "Närvarande ersättare" / "Namn | Parti | Deltar": the table under a list's own heading fills that list.
      const present: HeadField = current !== null && (current.kind === 'attendees' || current.kind === 'substitutes' || current.kind === 'others') && current.values.length === 0 ? current : { kind: 'attendees', label: 'Närvarande', values: [] };
      if (present !== current) fields.push(present);
      marks = { column, width: line.cells.length, present, absent: null, header: line, away: column >= 0 ? absenceColumn(line) : null };
      current = null;
      continue;
    }
    // OCR's blank rows between the rows of the table keep it going.
    if (marks !== null && marks.column === -1 && isBlank(line)) continue;
    if (marks !== null && marks.column === -1) {
      const marked = trailingMarkRow(line.text);
      if (marked) {
        markPerson(marks, marked.mark, marked.person, fields);
        continue;
      }
      marks = null;
    }
    // "Anders Fröjd | ordförande | Xx | i": a letter from the page edge after the last column is no column of the table.
    const markCells = marks !== null && line.cells.length > marks.width && line.cells.slice(marks.width).every(isEdgeScrap) ? line.cells.slice(0, marks.width) : line.cells;
    // "Stig Ek | kassör | | X": a row with a column of marks left empty, its cross under the header's "Förhinder".
    const shifted = marks !== null ? shiftedMarkRow(marks, line) : null;
    if (shifted) {
      markPerson(marks!, shifted.mark, shifted.person, fields);
      continue;
    }
    // "Rut Lind | C | | på distans": an empty cell of a middle column leaves the row a cell short, its mark still last.
    // "Björn Ås | SD | tjänstgörande för Kim på plats": the mark run into the cell before it, the gap closed by OCR.
    const runInto = marks !== null && marks.column === marks.width - 1 && markCells.length >= 2 && markCells.length < marks.width ? modeRunIntoCell(markCells[markCells.length - 1]!) : null;
    const shortRow = runInto ? [...markCells.slice(0, -1), ...runInto] : markCells;
    if (marks !== null && marks.column === marks.width - 1 && shortRow.length >= 2 && shortRow.length <= marks.width && isPresenceMark(shortRow[shortRow.length - 1]!)) {
      // "Björn Ås :": a speck at a cell's end is no part of the person.
      markPerson(marks, shortRow[shortRow.length - 1]!.trim(), shortRow.slice(0, -1).map((c) => c.trim().replace(/\s+[:;|.,'"`]+$/u, '')).filter(Boolean).join(', '), fields);
      continue;
    }
    // "Per Ek | S | X | X" under "Ledamot | Parti | Närvarande | § 13 Ja | § 13 Nej": the votes after the presence column,
    // their empty cells lost, are no part of the person; the presence mark stands where the header has it.
    if (marks !== null && marks.column < marks.width - 1 && markCells.length > marks.column && markCells.length < marks.width && markCells.slice(marks.column).every((c) => isPresenceMark(c))) {
      markPerson(marks, markCells[marks.column]!.trim(), markCells.slice(0, marks.column).map((c) => c.trim()).filter(Boolean).join(', '), fields);
      continue;
    }
    if (marks !== null && markCells.length === marks.width) {
      const mark = markCells[marks.column]!.trim();
      // Votes in columns after the presence column are no part of the person either.
      const person = markCells.filter((c, k) => k !== marks!.column && !(k > marks!.column && isPresenceMark(c))).map((c) => c.trim()).filter(Boolean).join(', ');
      markPerson(marks, mark, person, fields);
      continue;
    }
    marks = null;
    if (isBlank(line)) {
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
      if (replacementParts) {
        current = null;
        continue;
      }
      if (!continuesList && !continuesDate && !continuesPlace && !continuesGroups && !organisationGroups && current && current.values.length > 0) current = null;
      continue;
    }
    const roleTable = roleLabelsOverNames(lines, i);
    if (roleTable) {
      fields.push(...roleTable.fields);
      current = null;
      columns = null;
      i += roleTable.rows;
      continue;
    }
    const columnsOfPeople = listColumns(lines, i);
    if (columnsOfPeople) {
      fields.push(...columnsOfPeople.fields);
      current = null;
      columns = null;
      i += columnsOfPeople.rows;
      continue;
    }
    // "Sammanträdesdatum Paragrafer Plats" / "" / "2019-03-12 §§ 12–18 Stadshuset": OCR's blank row between a boxed
    // head's labels, read as one cell, and their values.
    const overBlank = line.cells.length === 1 && lines[i + 1] !== undefined && isBlank(lines[i + 1]!) && lines[i + 2]?.cells.length === 1 && labelWordsOverValues(line.cells[0]!, lines[i + 2]!.cells[0]!) !== null;
    const table = labelRowTable(line, lines[i + (overBlank ? 2 : 1)]);
    if (table) {
      fields.push(...table);
      current = null;
      columns = null;
      i += overBlank ? 2 : 1;
      i += placeWrappedUnderTable(table, lines, i);
      continue;
    }
    // The header of the table of points below a list of people: the list has ended.
    // "Ärende | Tid" under "Plats: …": the header of the table of points ends any field; its "Tid" labels nothing.
    // "Dnr . Ärende Punkt": three of its words in one cell where OCR closed the gaps are that header too.
    if (isPointsTableHeader(line) && (line.cells.length >= 2 || line.text.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= 3 || (current !== null && LIST_KINDS.has(current.kind)))) {
      current = null;
      columns = null;
      continue;
    }
    // A column-header row of an attendee table ("Namn  Organisation  Funktion") holds no one; it tells where the names are.
    if (current !== null && LIST_KINDS.has(current.kind) && isTableHeader(line)) {
      headerWidth = line.cells.length >= 2 ? line.cells.length : null;
      const initialsAt = line.cells.findIndex((c) => INITIALS_HEADER.test(c));
      initialsColumn = initialsAt >= 0 ? { at: initialsAt, width: line.cells.length } : null;
      const nameAt = line.cells.findIndex((c) => NAME_HEADER.test(c));
      nameColumn = nameAt > 0 ? { at: nameAt, width: line.cells.length, role: ROLE_HEADER.test(line.cells[nameAt]!) ? line.cells[nameAt]!.trim().toLowerCase() : null } : null;
      // "Efternamn  Förnamn  Parti": the name in two columns, surname first.
      // With the header's gaps closed by OCR ("Efternamn Förnamn Parti Funktion"), each word is a column.
      const headerCells = line.cells.length === 1 ? line.cells[0]!.trim().split(/\s+/) : line.cells;
      const surnameAt = headerCells.findIndex((c) => /^\s*efternamn\s*$/iu.test(c));
      const givenAt = headerCells.findIndex((c) => /^\s*förnamn\s*$/iu.test(c));
      nameParts = surnameAt >= 0 && givenAt >= 0 ? { surname: surnameAt, given: givenAt } : null;
      const closedWords = headerCells.map((w) => w.replace(/[^\p{L}]/gu, '')).filter((w) => w && !/^\p{Ll}$/u.test(w)).map((w) => w.toLowerCase());
      // "Kommun Namn", "Organisation Namn Funktion": where people come from first, then the names.
      const placeFirst = PLACE_COLUMN.test(closedWords[0] ?? '') && closedWords[1] === 'namn' && (closedWords.length === 2 || (closedWords.length === 3 && ROLE_COLUMN.test(closedWords[2]!)));
      const surnameFirst = closedWords[0] === 'efternamn' && closedWords[1] === 'förnamn';
      closedHeader = line.cells.length === 1 && (closedWords[0] === 'namn' || placeFirst || surnameFirst) ? closedWords : null;
      continue;
    }
    if (nameColumn !== null && line.cells.length !== nameColumn.width) nameColumn = null;
    if (initialsColumn !== null && line.cells.length !== initialsColumn.width) initialsColumn = null;
    const parts = nameParts;
    const fitsNameParts =
      parts !== null && line.cells.length > Math.max(parts.surname, parts.given) &&
      [line.cells[parts.surname]!, line.cells[parts.given]!].every((c) => /^\s*\p{Lu}[\p{Ll}-]+\s*$/u.test(c)) && matchLabel(line.cells[0]!) === null;
    // A label row ("Övriga närvarande") opens another list printed in the same table columns.
    if (parts !== null && !fitsNameParts && matchLabel(line.cells[0] ?? '') === null) nameParts = null;
    // "Kommun  Namn" / "Botkyrka  Linnea Ek": the name column moved first, as in every other people table.
    const initialsAt = initialsColumn?.at ?? -1;
    const row = fitsNameParts
      ? { ...line, cells: [`${line.cells[parts!.given]!.trim()} ${line.cells[parts!.surname]!.trim()}`, ...line.cells.filter((_, k) => k !== parts!.given && k !== parts!.surname)] }
      : nameColumn === null
        ? initialsAt >= 0 ? { ...line, cells: line.cells.filter((_, k) => k !== initialsAt) } : line
        : {
            ...line,
            cells: [
              line.cells[nameColumn.at]!,
              ...line.cells.filter((c, k) => k !== nameColumn!.at && k !== initialsAt && !FIGURES_ONLY.test(c)),
              ...(nameColumn.role ? [nameColumn.role] : []),
            ],
          };
    if (current !== null && waiting.length === 0 && !matchLabel(line.cells[0] ?? '') && leavesValueColumn(line, columns)) {
      current = null;
      columns = null;
    }
    if (current !== null && MEETING_KINDS.has(current.kind) && current.values.length > 0 && waiting.length === 0 && opensUnknownLabelColumn(line)) {
      current = null;
      columns = null;
      continue;
    }
    const rowLabel = matchLabel(line.cells[0] ?? '');
    if (rowLabel) columns = null;
    if (rowLabel && !PEOPLE_LISTS.has(rowLabel.kind)) headerWidth = null;
    // "Närvarande | 2" over "Namn | Kommun": a lone figure beside a list's label is a speck OCR read, no value column.
    const speckFigure = rowLabel !== null && LIST_KINDS.has(rowLabel.kind) && /^\s*\d\s*$/u.test(line.cells[1] ?? '');
    // "Närvarande: | eo": a letter or two in the value column is a speck, no value that says where the column is.
    if (rowLabel && !rowLabel.rest && line.cellX?.length === 2 && line.cells.length === 2 && !SPECKLE_ONLY.test(line.cells[1]!) && !isEdgeScrap(line.cells[1]!) && !speckFigure) {
      columns = { label: line.cellX[0]!, value: line.cellX[1]! };
    }
    const cells = tableRow(functionColumnRow(row.cells, current) ?? row.cells, current).flatMap(sentenceCells).flatMap(colonLabelCells);
    cells.forEach((cell, c) => {
      const label = matchLabel(cell);
      // "…, Ingrid Mossberg, vice" / "ordförande, Arne Persson, …": a prose list wrapped inside a title goes on in lower
      // case on the next row, the title's last word first, however much it reads like a label.
      const wrappedIn = current?.values[current.values.length - 1] ?? '';
      if (label && c === 0 && current !== null && LIST_KINDS.has(current.kind) && /^\p{Ll}/u.test(cell.trim()) && /,/.test(wrappedIn) && /(?:,|\bvice)\s*$/iu.test(wrappedIn) && /,/.test(cell)) {
        current.values[current.values.length - 1] = `${wrappedIn} ${cell.trim()}`;
        return;
      }
      // "Närvarande:" / "ordförande Gustav Ek, vice ordförande Anna Ås, ledamöterna …": a list in prose on the row under its
      // label opens with a function in lower case; a label is capitalised, and none holds several people.
      if (label && c === 0 && current !== null && LIST_KINDS.has(current.kind) && current.kind !== 'adjusters' && /^\p{Ll}/u.test(cell.trim()) && (cell.match(/,/g) ?? []).length >= 2) {
        take(cell);
        return;
      }
      const rolePrefixed = label && current !== null ? rolePrefixedPerson(cell, label, current) : null;
      if (rolePrefixed) {
        take(rolePrefixed);
        return;
      }
      // "Karin Holm (M),  Ali Demir (S), …" / "ordförande": a value that ends in a comma (in either cell of a
      // two-column row) wraps its role onto the next row, where the role alone reads like a label.
      // "Maria Sten (S), vice" / "ordförande": a title broken after "vice" too.
      const open = current === null ? -1 : current.values.length - 1 - [...current.values].slice(-2).reverse().findIndex((v) => /(?:,|\bvice)\s*$/iu.test(v));
      // "…; Jonas Hed, kommunstyrelsens" / "ordförande; Mia Berg, …": a list wrapped inside a title goes on in lower case
      // on the next row, where the title's last word reads like a label.
      const lastValue = current?.values[current.values.length - 1] ?? '';
      if (label && c === 0 && /^\p{Ll}/u.test(cell.trim()) && current !== null && LIST_KINDS.has(current.kind) && /;/.test(lastValue) && /\p{Ll}{3,}s$/u.test(lastValue.trim())) {
        take(cell);
        return;
      }
      // "Närvarande:  Evert Lind  ordförande" / "  Ove Malm  sekreterare": a column of functions in lower case beside the
      // names of a list is each person's role, not a signature label.
      if (label && c > 0 && !label.rest && label.kind === 'signature' && /^\p{Ll}/u.test(cell.trim()) && current !== null && LIST_KINDS.has(current.kind) && current.values.length > 0 && matchLabel(cells[c - 1]!)?.kind !== 'signature') {
        current.values[current.values.length - 1] = `${current.values[current.values.length - 1]}, ${cell.trim()}`;
        return;
      }
      if (label && !label.rest && label.kind === 'signature' && cells.filter((x) => !SPECKLE_ONLY.test(x)).length === 1 && current !== null && LIST_KINDS.has(current.kind) && open >= 0 && open < current.values.length) {
        current.values[open] = `${current.values[open]} ${cell.trim()}`;
        return;
      }
      if (label) {
        const field: HeadField = { kind: label.kind, label: label.label, values: [] };
        fields.push(field);
        // "Frånvarande: ." — a speckle after the label is no value; the value follows on the next rows.
        let rest = (LIST_KINDS.has(label.kind) ? label.rest.replace(LABEL_VERB, '') : label.rest).replace(SPECKLE_ONLY, '');
        // "Deltagare Organisation": the label heads a table's first column, the rest of the row names the others.
        if (LIST_KINDS.has(label.kind) && rest && rest.split(/\s+|\//).every((w) => TABLE_HEADER.test(w))) rest = '';
        // "Närvarande aktieägare", "Närvarande ledamöter" without a colon: which group is present, not a value.
        if (LIST_KINDS.has(label.kind) && /^\p{Ll}+(?:\s+\p{Ll}+)?$/u.test(rest) && !cell.includes(':') && !/^(?:samtliga|alla|inga|ingen|hela)\b/iu.test(rest)) rest = '';
        // "Närvarande:" / "Ledamöter" / … / "Ersättare" / …: the word for those present heads the groups under it; it waits
        // for no value of its own, as a label column read before its values would have it.
        // Only "Närvarande:" with its colon heads groups: a label column read apart prints "Närvarande" without one and
        // "Övriga närvarande" below it, each waiting for its own value.
        if (label.label === 'Närvarande' && /:\s*$/u.test(cell)) groupHeadings.add(field);
        const heading = current !== null && current.values.length === 0 ? current : current === null ? waiting[waiting.length - 1] : undefined;
        if (!rest && heading !== undefined && heading.values.length === 0 && groupHeadings.has(heading) && PEOPLE_LISTS.has(label.kind) && label.label !== 'Närvarande') {
          fields.splice(fields.indexOf(heading), 1);
          if (heading === current) current = null;
          else waiting.pop();
        }
        if (rest) {
          field.values.push(LIST_KINDS.has(label.kind) ? withRoleAfterFirstPerson(rest) : rest);
          current = field;
        } else if (c < cells.length - 1) {
          current = field;
        } else if (current !== null && current.values.length === 0) {
          // Two labels with no value between them: a label column read before its values.
          waiting.push(current, field);
          current = null;
        } else if (current === null && waiting.length > 0) {
          waiting.push(field);
        } else {
          current = field;
        }
        return;
      }
      // "Föredragningslista" under "Plats: …" in the same column: the heading of the agenda, not the rest of a value.
      if (AGENDA_HEADING.test(cell) || AGENDA_TABLE_HEAD.test(cell)) {
        current = null;
        return;
      }
      if (c === 0 && current !== null && MEETING_KINDS.has(current.kind) && (READER_NOTE.test(cell) || DOCUMENT_TITLE.test(cell) || TURNOUT.test(cell) || (current.values.length > 0 && BRACKETED_ASIDE.test(cell)))) {
        current = null;
        return;
      }
      if (c > 0 && isEdgeScrap(cell)) return;
      if (!SPECKLE_ONLY.test(cell)) take(cell);
    });
  }
  return fields;
}

