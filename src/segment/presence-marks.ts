import type { DocumentLine } from './document-lines.ts';
import type { HeadField } from './head-field.ts';
import { ABSENCE_HEADER } from './absence-mark-column.ts';
import { TABLE_HEADER } from './people-table-header.ts';
import { closedStandInRow, PRESENCE_WITH_STAND_IN, STAND_IN_HEADER } from './stand-in-column.ts';

// The column of an attendance table that marks who was there: "Namn  Uppdrag  Närvarande".
const PRESENCE_HEADER = /^(?:närvarande|närvaro|närv\.?|deltog|deltar|närvarande\s*\(x\))$/iu;
// "Xx", "X.": OCR doubles a cross or puts a speck after it.
// "på plats", "på distans", "digitalt": a column headed "Deltar" says how each took part, and so that they did.
const PRESENT_MARK = /^(?:x{1,2}|✓|✔|☑|ja|j|på\s+plats|på\s+distans|distans|digitalt|fysiskt|på\s+länk|via\s+(?:Teams|Zoom|Skype|länk|telefon))[.,:;]?$/iu;
const ABSENT_MARK = /^(?:[-–—]|nej|n|frånvarande|förhinder|☐)$/iu;

/** The index of the presence column when the row heads an attendance table with marks, or null. */
// "§ 13 Ja", "Nej", "Avstår": a council's list of those present holds the votes of a paragraph in columns after presence.
const VOTE_HEADER = /^(?:(?:§\s*\d{1,4}\s*)?(?:ja|nej|avstår|avst\.?))$/iu;

export function presenceColumn(line: DocumentLine): number | null {
  if (line.cells.length < 2) return null;
  // ". Ledamot :": OCR's specks at a header cell's edges.
  const cells = line.cells.map((c) => c.trim().replace(/^[.:;|'"`]+\s*|\s*[.:;|'"`]+$/gu, ''));
  // "Närvarande Tjänstgörande ersättare": the marks' and the substitutes' headers in one cell, the gap closed by OCR.
  const presence = cells.findIndex((c) => PRESENCE_HEADER.test(c) || PRESENCE_WITH_STAND_IN.test(c));
  // "Ledamot | Parti | Närvarande": a council's members headed by their function instead of "Namn".
  if (presence === -1 || !cells.some((c) => /^(?:namn|ledamot)$/iu.test(c))) return null;
  return cells.every((c, k) => k === presence || TABLE_HEADER.test(c) || ABSENCE_HEADER.test(c) || (k > presence && (VOTE_HEADER.test(c) || STAND_IN_HEADER.test(c)))) ? presence : null;
}

/**
 * "Namn Organisation | Närvarande": the header of an attendance table whose column gaps OCR closed, the marks'
 * column last. Then each row's last token is its mark.
 */
export function trailingPresenceHeader(line: DocumentLine): boolean {
  const words = line.cells.flatMap((c) => c.trim().split(/\s+/)).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean);
  // "Namn Funktion Närv. Förhinder": a column for those absent after the marks' own; its crosses cannot be told from
  // the others' once the gaps are closed, so they count as present.
  const last = words.length >= 3 && ABSENCE_HEADER.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  if (last < 1 || !PRESENCE_HEADER.test(words[last]!) || !words.some((w) => /^namn$/iu.test(w))) return false;
  return words.slice(0, last).every((w) => TABLE_HEADER.test(w));
}

/**
 * "Ledamot oe Parti Närvarande = Tjänstgörande ersättare": the header of a council's attendance table with a column of
 * the substitutes serving, its gaps closed by OCR (a small word or two of specks between its words).
 */
export function closedStandInHeader(line: DocumentLine): boolean {
  const words = line.cells.flatMap((c) => c.trim().split(/\s+/)).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((w) => w && !/^\p{Ll}{1,2}$/u.test(w));
  const tail = words.slice(-2).join(' ');
  const serving = STAND_IN_HEADER.test(tail) ? 2 : STAND_IN_HEADER.test(words[words.length - 1] ?? '') ? 1 : 0;
  const last = words.length - serving - 1;
  if (serving === 0 || last < 1 || !PRESENCE_HEADER.test(words[last]!) || !words.some((w) => /^(?:namn|ledamot)$/iu.test(w))) return false;
  return words.slice(0, last).every((w) => TABLE_HEADER.test(w));
}

/**
 * "Erik Blom Capio vårdcentral", "Anders Fröjd ordförande": in a name-first table row without its gaps, the first name
 * and surname, then the rest (an organisation, or a function in lower case).
 */
function nameThenRest(text: string): string {
  const m = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}.*|\p{Ll}{3,}.*)$/u.exec(text);
  return m ? `${m[1]}, ${m[2]}` : text;
}

export interface AttendanceMarks {
  column: number;
  width: number;
  /** The table's header row, and the column of its marks for those absent ("Förhinder"), if it has one. */
  header?: DocumentLine;
  away?: number | null;
  /** The column naming the substitute who served instead of a member away ("Tjänstgörande ersättare"), if any. */
  standIn?: number | null;
  present: HeadField;
  absent: HeadField | null;
}

/** A person of an attendance table goes to the present or, on first need, a new absent field, by the mark in their row. */
// "tjänstgörande för Kim på plats": how someone took part, its cell run into the cell before it.
const MODE_AT_END = /^(.*\S)\s+(på\s+plats|på\s+distans|digitalt|fysiskt|via\s+(?:Teams|Zoom|Skype|länk|telefon))[.,:;]?$/iu;

/** A row's last cell split into what stands before a way of taking part run into it, and that mark; null without one. */
export function modeRunIntoCell(cell: string): [string, string] | null {
  const m = MODE_AT_END.exec(cell.trim());
  return m ? [m[1]!, m[2]!] : null;
}

export function isPresenceMark(cell: string): boolean {
  return PRESENT_MARK.test(cell.trim()) || ABSENT_MARK.test(cell.trim());
}

export function markPerson(marks: AttendanceMarks, mark: string, person: string, fields: HeadField[]): void {
  if (PRESENT_MARK.test(mark)) {
    marks.present.values.push(person);
  } else if (ABSENT_MARK.test(mark)) {
    if (marks.absent === null) {
      marks.absent = { kind: 'absent', label: 'Frånvarande', values: [] };
      fields.push(marks.absent);
    }
    marks.absent.values.push(person);
  }
}

/**
 * A row of an attendance table whose column gaps OCR closed, its mark last: the person (name, then the rest) and the
 * mark, or null when the row ends in no mark.
 */
export function trailingMarkRow(text: string): { person: string; mark: string } | null {
  // "Anders Moe, ordförande . Ja :": specks after the mark, and between the name and it, are no column.
  // "Anders Fröjd ordförande Xx i": a letter from the page edge after the mark, too.
  const row = /^(.*?)(?:\s+[.,:;'"`-]+)*\s+(\S+)$/u.exec(text.replace(/\s*\|\s*/g, ' ').replace(/(?:\s+[.,:;'"`]+)+\s*$/u, '').replace(/(?<=\s(?:x{1,2}|✓|✔|☑|ja|j))\s+\p{Ll}$/iu, '').trim());
  const mark = row?.[2] ?? '';
  if (!row || !(PRESENT_MARK.test(mark) || ABSENT_MARK.test(mark))) return null;
  return { person: nameThenRest(row[1]!.trim()), mark };
}

/** The first row with text after the header reads as a row of the table with its gaps closed: a mark last, or a substitute. */
export function closedTableRowFollows(lines: readonly DocumentLine[], header: number): boolean {
  const next = lines.slice(header + 1, header + 4).find((l) => l.cells.length > 0);
  return next !== undefined && (trailingMarkRow(next.text) !== null || closedStandInRow(next.text) !== null);
}
