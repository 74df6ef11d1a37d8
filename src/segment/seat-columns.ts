import type { DocumentLine } from './document-lines.ts';
import { matchLabel } from './labels.ts';
import { parsePerson } from './person.ts';

/** The columns of a table that lists, for each body, who sits for it and who stands in: each column's function and place. */
export interface SeatColumns {
  roles: (string | null)[];
  x: number[] | null;
}

// "Organisation | Ledamot | Ersättare": the column of the bodies a council's members sit for, first.
const BODY_HEADER = /^(?:organisation|organisationer|förening|föreningar|kommun|parti|representerar|förbund)$/iu;
// A member holds the seat (no function of their own, as in any list of members); a substitute stands in.
const SEAT_HEADERS: [RegExp, string | null][] = [
  [/^(?:ordinarie(?:\s+ledamöter|\s+ledamot)?|ledamot|ledamöter)$/iu, null],
  [/^(?:ersättare|personlig\s+ersättare|ersättare\s+för\s+ledamot)$/iu, 'ersättare'],
  [/^(?:suppleant|suppleanter)$/iu, 'suppleant'],
];

/**
 * "Organisation | Ledamot | Ersättare" over a list of people: a pensioners' or disability council lists each
 * association with the member who holds its seat and the substitute. Returns the columns, or null for any other row.
 */
export function seatColumnsHeader(line: DocumentLine): SeatColumns | null {
  if (line.cells.length < 3 || !BODY_HEADER.test(line.cells[0]!.trim())) return null;
  const roles = line.cells.slice(1).map((c) => SEAT_HEADERS.find(([pattern]) => pattern.test(c.trim())));
  if (roles.some((r) => r === undefined)) return null;
  return { roles: [null, ...roles.map((r) => r![1])], x: line.cellX ?? null };
}

/**
 * "PRO Ekby | Eva Ek | Bo Lind", "SPF Ekby |  | Ulla Berg": a row of the table as one value per person, the body
 * and the column's function with each ("Bo Lind, PRO Ekby, ersättare"); an empty cell is a seat no one held. Returns
 * null when the row is not one of the table's (a label, a row without a body and a person).
 */
export function seatRow(line: DocumentLine, columns: SeatColumns): string[] | null {
  if (line.cells.length < 2 || matchLabel(line.cells[0]!) !== null) return null;
  const column = (k: number): number => {
    if (line.tabStops) return line.tabStops[k]!;
    const x = line.cellX?.[k];
    if (x === undefined || columns.x === null) return line.cells.length === columns.roles.length ? k : -1;
    return columns.x.reduce((best, cx, c) => (Math.abs(cx - x) < Math.abs(columns.x![best]! - x) ? c : best), 0);
  };
  if (column(0) !== 0) return null;
  const body = line.cells[0]!.trim();
  const values: string[] = [];
  for (let k = 1; k < line.cells.length; k++) {
    const c = column(k);
    const person = parsePerson(line.cells[k]!);
    if (c < 1 || c >= columns.roles.length || person === null || !person.name.includes(' ')) return null;
    const role = columns.roles[c];
    values.push(`${line.cells[k]!.trim()}, ${body}${role ? `, ${role}` : ''}`);
  }
  return values.length > 0 ? values : null;
}
