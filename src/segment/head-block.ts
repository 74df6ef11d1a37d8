import { withPeopleSentencesApart } from './people-sentences-in-paragraph.ts';
import { closedRowCells } from './closed-people-table-rows.ts';
import { placeWrappedUnderTable } from './place-wrapped-under-table.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { colonLabelCells, splitEmbeddedLabel } from './glued-label-cells.ts';
import { type HeadField, LIST_KINDS, MEETING_KINDS } from './head-field.ts';
import { PEOPLE_LISTS, type PendingLabels, takeValue } from './head-value-pairing.ts';
import { isEdgeScrap, SPECKLE_ONLY, withoutLeadingMixedScrap, withoutLeadingQuoteSpeck, withoutScrapCells } from './head-specks.ts';
import { AGENDA_HEADING, AGENDA_TABLE_HEAD, BRACKETED_ASIDE, DOCUMENT_TITLE, isAgendaHeadingAmidSpecks, isPointsTableHeader, opensUnknownLabelColumn, READER_NOTE, TURNOUT } from './head-value-stops.ts';
import { labelRowTable, listColumns } from './label-column-tables.ts';
import { labelWordsOverValues } from './label-row-words.ts';
import { joinProseRows, LABEL_VERB, sentenceCells } from './labelled-prose.ts';
import { matchLabel } from './labels.ts';
import { dividesWordInto } from './line-end-hyphens.ts';
import { labelWrappedOverRows } from './label-wrapped-over-rows.ts';
import { isListSubheading, isWrappedPlaceRow, withoutSpeckCell } from './people-table-ocr-rows.ts';
import { isTableHeader, opensNamedPeopleTable, TABLE_HEADER } from './people-table-header.ts';
import { peopleTableHeader, type PeopleTableColumns, rowWithNameFirst } from './people-table-columns.ts';
import { functionColumnRow, rolePrefixedPerson, tableRow } from './people-table-rows.ts';
import { withoutMemberColumn } from './member-column.ts';
import { type OrganisationGroup, openedGroup, rowInGroup } from './organisation-group-rows.ts';
import { type SeatColumns, seatColumnsHeader, seatRow } from './seat-columns.ts';
import { withoutInitialsBeforeName } from './initials-before-names.ts';
import { absenceColumn } from './absence-mark-column.ts';
import { readAttendanceRow } from './attendance-table-rows.ts';
import { roleLabelsOverNames } from './role-labels-over-names.ts';
import { withRoleAfterFirstPerson } from './role-before-first-person.ts';
import { type AttendanceMarks, closedStandInHeader, closedTableRowFollows, presenceColumn, trailingPresenceHeader } from './presence-marks.ts';
import { leavesValueColumn } from './value-column-exit.ts';
import { valueEndsAtBlankRow } from './values-across-blank-rows.ts';
import { withWrappedLabelHeadsApart } from './label-wrapped-over-rows.ts';
import { standInColumn } from './stand-in-column.ts';
import { headerDateRows } from './values-read-apart.ts';
import { withWrappedLabels } from './waiting-label-values.ts';

/**
 * The labelled fields of a head block. A label and its value can share a row
 * ("Plats och tid   Kommunhuset …"), the value can follow on the next rows,
 * or, when OCR read the label column as its own block, several labels come
 * first and their value paragraphs follow in the same order.
 */
export function parseHeadBlock(input: readonly DocumentLine[]): HeadField[] {
  const lines = joinProseRows(withPeopleSentencesApart(withWrappedLabels(withWrappedLabelHeadsApart(input).map(withoutLeadingQuoteSpeck).map(withoutLeadingMixedScrap).map(withoutMemberColumn)))).map((line) => {
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

  // "Närvarande:" rows with nothing after the colon, which may head the groups of people below them.
  const groupHeadings = new Set<HeadField>();
  const pending: PendingLabels = { waiting, openTime: null, lastList: null };
  const take = (value: string) => {
    current = takeValue(value, current, pending);
  };

  // The columns of the people table being read, as its header named them.
  const peopleTable: PeopleTableColumns = { nameColumn: null, initialsColumn: null, nameParts: null, closedHeader: null, headerWidth: null };
  // An attendance table with a column of marks: who is marked present attends, who is marked off is absent.
  let marks = null as AttendanceMarks | null;

  // The seats table being read, if any: the function of each column beside the body's.
  let seats = null as SeatColumns | null;
  // The group a list names in its label column beside its first person, and the row that last read it.
  let group = null as OrganisationGroup | null;
  let groupAt = -2;
  const headerDates = headerDateRows(lines);
  for (let i = 0; i < lines.length; i++) {
    let line = withoutInitialsBeforeName(lines[i]!);
    // The header's date read among the values waiting for their labels is no label's value.
    if (headerDates.has(line) && current === null && waiting.length > 0) continue;
    if (peopleTable.closedHeader !== null && !isBlank(line)) {
      const cells = line.cells.length === 1 && !matchLabel(line.cells[0]!) ? closedRowCells(line.cells[0]!, peopleTable.closedHeader) : null;
      if (cells) line = { ...line, cells, text: cells.join(' ') };
      else if (current !== null && PEOPLE_LISTS.has(current.kind) && current.values.length > 0 && isWrappedPlaceRow(line)) {
        current.values[current.values.length - 1] = `${current.values[current.values.length - 1]} ${line.cells[0]!.trim()}`;
        continue;
      }
      // "Sanna Wirén Botkyrka kommun," / "utbildningsförvaltningen": a cell wrapped onto a row of its own in lower case
      // does not end the table.
      // "Frånvarande" alone on its row: the absent listed on in the same columns, under their own heading.
      else if (!/^\p{Ll}/u.test(line.cells[0] ?? '') && !isListSubheading(line)) peopleTable.closedHeader = null;
    }
    if (peopleTable.headerWidth !== null && !isBlank(line) && matchLabel(line.cells[0] ?? '') === null) line = withoutSpeckCell(line, peopleTable.headerWidth);
    // "Namn | Organisation | i | Närvarande": a letter alone in a column gap of an attendance table is a speck.
    if (marks !== null || presenceColumn(withoutScrapCells(line)) !== null) line = withoutScrapCells(line);
    // "Ledamot Parti Närvarande Tjänstgörande ersättare" with its gaps closed: a table only where its rows follow as such.
    const closedStandIn = closedStandInHeader(line) && closedTableRowFollows(lines, i);
    const column = presenceColumn(line) ?? (trailingPresenceHeader(line) || closedStandIn ? -1 : null);
    if (column !== null) {
      // "Närvarande ersättare" / "Namn | Parti | Deltar": the table under a list's own heading fills that list.
      const present: HeadField = current !== null && (current.kind === 'attendees' || current.kind === 'substitutes' || current.kind === 'others') && current.values.length === 0 ? current : { kind: 'attendees', label: 'Närvarande', values: [] };
      if (present !== current) fields.push(present);
      marks = { column, width: line.cells.length, present, absent: null, header: line, away: column >= 0 ? absenceColumn(line) : null, standIn: column >= 0 ? standInColumn(line, column) : closedStandIn ? -1 : null };
      current = null;
      continue;
    }
    if (marks !== null) {
      if (readAttendanceRow(marks, line, fields)) continue;
      marks = null;
    }
    if (isBlank(line)) {
      if (valueEndsAtBlankRow(lines, i, current, waiting, peopleTable.closedHeader, peopleTable.headerWidth)) current = null;
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
    // "Organisation | Ledamot | Ersättare": the seats of the bodies a council's members sit for, in the rows below.
    const seatHeader = current !== null && LIST_KINDS.has(current.kind) ? seatColumnsHeader(line) : null;
    if (seatHeader) {
      seats = seatHeader;
      continue;
    }
    const seated = seats === null || current === null || !LIST_KINDS.has(current.kind) ? null : seatRow(line, seats);
    if (seated) {
      seated.forEach(take);
      continue;
    }
    seats = null;
    // "Namn | Organisation | Roll" under no list's label: the table is the list of those at the meeting.
    if ((current === null || !LIST_KINDS.has(current.kind)) && waiting.length === 0 && opensNamedPeopleTable(line)) {
      current = { kind: 'attendees', label: 'Deltagare', values: [] };
      fields.push(current);
      columns = null;
      Object.assign(peopleTable, peopleTableHeader(line));
      continue;
    }
    // A column-header row of an attendee table ("Namn  Organisation  Funktion") holds no one; it tells where the names are.
    if (current !== null && LIST_KINDS.has(current.kind) && isTableHeader(line)) {
      Object.assign(peopleTable, peopleTableHeader(line));
      continue;
    }
    const row = rowWithNameFirst(line, peopleTable);
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
    if (rowLabel && !PEOPLE_LISTS.has(rowLabel.kind)) peopleTable.headerWidth = null;
    // "Närvarande | 2" over "Namn | Kommun": a lone figure beside a list's label is a speck OCR read, no value column.
    const speckFigure = rowLabel !== null && LIST_KINDS.has(rowLabel.kind) && /^\s*\d\s*$/u.test(line.cells[1] ?? '');
    // "Närvarande: | eo": a letter or two in the value column is a speck, no value that says where the column is.
    if (rowLabel && !rowLabel.rest && line.cellX?.length === 2 && line.cells.length === 2 && !SPECKLE_ONLY.test(line.cells[1]!) && !isEdgeScrap(line.cells[1]!) && !speckFigure) {
      columns = { label: line.cellX[0]!, value: line.cellX[1]! };
    }
    const listing = current !== null && LIST_KINDS.has(current.kind);
    const grouped = listing && groupAt === i - 1 ? rowInGroup(row, group) : null;
    const read = grouped ? [grouped] : tableRow(functionColumnRow(row.cells, current) ?? row.cells, current);
    if (grouped || (listing && (group = openedGroup(row, read)) !== null)) groupAt = i;
    const cells = read.flatMap(sentenceCells).flatMap(colonLabelCells);
    cells.forEach((cell, c) => {
      const label = matchLabel(cell);
      // "…, Ingrid Mossberg, vice" / "ordförande, Arne Persson, …": a prose list wrapped inside a title goes on in lower
      // case on the next row, the title's last word first, however much it reads like a label.
      const wrappedIn = current?.values[current.values.length - 1] ?? '';
      if (label && c === 0 && current !== null && LIST_KINDS.has(current.kind) && /^\p{Ll}/u.test(cell.trim()) && /,/.test(wrappedIn) && /(?:,|\bvice)\s*$/iu.test(wrappedIn) && /,/.test(cell)) {
        current.values[current.values.length - 1] = `${wrappedIn} ${cell.trim()}`;
        return;
      }
      // "…, de båda sist-" / "nämnda i stället för …": a typist's divided word goes on on the next row, however much its
      // second half reads like a label. "… och Gerda Ask samt" / "suppleanten Erik Bolin, …": so does a prose list wrapped
      // after its conjunction, the next entry's function in lower case first.
      if (label && c === 0 && current !== null && LIST_KINDS.has(current.kind) && (dividesWordInto(wrappedIn, cell) || (/,/.test(wrappedIn) && /\s(?:och|samt)\s*$/u.test(wrappedIn) && /^\p{Ll}/u.test(cell.trim())))) {
        take(cell);
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
      // "Närvarande | Britt Lagerqvist" / "suppleanter | Hans Rydén": a typewriter's label column wraps a label after its first
      // word, the rest in lower case beside the list's second row; the two rows are one label over one list.
      const wrappedLabel = label && c === 0 && cells.length >= 2 && !label.rest && /^\p{Ll}/u.test(cell.trim()) && current !== null && LIST_KINDS.has(current.kind) && current.values.length === 1 ? labelWrappedOverRows(current.label, cell) : null;
      const relabel = wrappedLabel ? matchLabel(wrappedLabel) : null;
      if (relabel && current !== null && PEOPLE_LISTS.has(relabel.kind)) {
        current.kind = relabel.kind;
        current.label = relabel.label;
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
        } else if (current !== null && current.values.length === 0 && current.kind === 'signatureHeading' && label.kind === 'signature') {
          // "Underskrifter" over "Sekreterare" / "Nils Ek": the heading holds the signing rows under it and waits for no
          // value, so the role takes the name on the row below (dotted lines OCR dropped leave the two labels adjacent).
          current = field;
        } else if (current !== null && current.values.length === 0) {
          // Two labels with no value between them: a label column read before its values.
          waiting.push(current, field);
          current = null;
        } else if (current === null && waiting.length > 0) {
          waiting.push(field);
        } else {
          // "Sekreterare" / "Ordförande" / "Justerande" / "Eva Ek" / "Beslutande" / …: stacked signing roles whose names
          // OCR lost; once a list's label follows a value that was read, the roles left over wait no more, and the
          // people under this label and the next are theirs, not a signer's.
          if (current !== null && current.values.length > 0 && PEOPLE_LISTS.has(label.kind) && waiting.length > 0 && waiting.every((w) => w.kind === 'signature' && w.values.length === 0)) waiting.length = 0;
          current = field;
        }
        return;
      }
      // "Föredragningslista" under "Plats: …" in the same column: the heading of the agenda, not the rest of a value.
      if (AGENDA_HEADING.test(cell) || AGENDA_TABLE_HEAD.test(cell) || (c === 0 && isAgendaHeadingAmidSpecks(cells.join(' ')))) {
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

