import { shiftedMarkRow } from './absence-mark-column.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import type { HeadField } from './head-field.ts';
import { isEdgeScrap } from './head-specks.ts';
import { closedStandInRow, standInRow } from './stand-in-column.ts';
import { type AttendanceMarks, isPresenceMark, markPerson, modeRunIntoCell, trailingMarkRow } from './presence-marks.ts';

/**
 * Reads a row under the header of an attendance table with a column of marks, marking its person present or away.
 * Returns false when the row is no row of the table, which has ended.
 */
export function readAttendanceRow(marks: AttendanceMarks, line: DocumentLine, fields: HeadField[]): boolean {
  // OCR's blank rows between the rows of the table keep it going.
  if (marks.column === -1 && isBlank(line)) return true;
  if (marks.column === -1) {
    // "Hans-Erik Bolander L Ronja Sivertsson" under "Ledamot Parti Närvarande Tjänstgörande ersättare": the substitute
    // serving for the member away.
    const serving = marks.standIn === -1 ? closedStandInRow(line.text) : null;
    if (serving) {
      marks.present.values.push(serving.present);
      return true;
    }
    const marked = trailingMarkRow(line.text);
    if (marked) {
      markPerson(marks, marked.mark, marked.person, fields);
      return true;
    }
    return false;
  }
  // "Anders Fröjd | ordförande | Xx | i": a letter from the page edge after the last column is no column of the table.
  const markCells = line.cells.length > marks.width && line.cells.slice(marks.width).every(isEdgeScrap) ? line.cells.slice(0, marks.width) : line.cells;
  // "Bo Lind | M | | Siv Holm" under "… | Närvarande | Tjänstgörande ersättare": the member away, the substitute serving.
  const standIn = marks.standIn != null && marks.header ? standInRow({ column: marks.column, standIn: marks.standIn, header: marks.header, present: marks.present }, line) : null;
  if (standIn) {
    if (standIn.present) marks.present.values.push(standIn.present);
    else markPerson(marks, '-', standIn.absent, fields);
    return true;
  }
  // "Stig Ek | kassör | | X": a row with a column of marks left empty, its cross under the header's "Förhinder".
  const shifted = shiftedMarkRow(marks, line);
  if (shifted) {
    markPerson(marks, shifted.mark, shifted.person, fields);
    return true;
  }
  // "Rut Lind | C | | på distans": an empty cell of a middle column leaves the row a cell short, its mark still last.
  // "Björn Ås | SD | tjänstgörande för Kim på plats": the mark run into the cell before it, the gap closed by OCR.
  const runInto = marks.column === marks.width - 1 && markCells.length >= 2 && markCells.length < marks.width ? modeRunIntoCell(markCells[markCells.length - 1]!) : null;
  const shortRow = runInto ? [...markCells.slice(0, -1), ...runInto] : markCells;
  if (marks.column === marks.width - 1 && shortRow.length >= 2 && shortRow.length <= marks.width && isPresenceMark(shortRow[shortRow.length - 1]!)) {
    // "Björn Ås :": a speck at a cell's end is no part of the person.
    markPerson(marks, shortRow[shortRow.length - 1]!.trim(), shortRow.slice(0, -1).map((c) => c.trim().replace(/\s+[:;|.,'"`]+$/u, '')).filter(Boolean).join(', '), fields);
    return true;
  }
  // "Per Ek | S | X | X" under "Ledamot | Parti | Närvarande | § 13 Ja | § 13 Nej": the votes after the presence column,
  // their empty cells lost, are no part of the person; the presence mark stands where the header has it.
  if (marks.column < marks.width - 1 && markCells.length > marks.column && markCells.length < marks.width && markCells.slice(marks.column).every((c) => isPresenceMark(c))) {
    markPerson(marks, markCells[marks.column]!.trim(), markCells.slice(0, marks.column).map((c) => c.trim()).filter(Boolean).join(', '), fields);
    return true;
  }
  if (markCells.length === marks.width) {
    const mark = markCells[marks.column]!.trim();
    // Votes in columns after the presence column are no part of the person either.
    const person = markCells.filter((c, k) => k !== marks.column && !(k > marks.column && isPresenceMark(c))).map((c) => c.trim()).filter(Boolean).join(', ');
    markPerson(marks, mark, person, fields);
    return true;
  }
  return false;
}
