import { headerColumnOf } from './absence-mark-column.ts';
import type { DocumentLine } from './document-lines.ts';
import type { HeadField } from './head-field.ts';
import { matchLabel } from './labels.ts';
import { looksLikeName, looksLikeParty } from './person-parts.ts';

// "Ledamot | Parti | Närvarande | Tjänstgörande ersättare": a council's attendance table whose last column names the
// substitute who served where the member was away, the member's mark left empty.
export const STAND_IN_HEADER = /^(?:tjänstgörande\s+ersättare|tjg\.?\s+ersättare|ersättare|ersätts\s+av)$/iu;

// "X", "Xx": a cross in the marks' column, which OCR may double.
const CROSS = /^(?:x{1,2}|✓|✔|☑|ja)[.,:;]?$/iu;
const isPresenceMark = (cell: string) => CROSS.test(cell.trim());

// "Närvarande Tjänstgörande ersättare": both headers in one cell where OCR closed the gap between them; the cell's
// column then holds a cross or a substitute's name.
export const PRESENCE_WITH_STAND_IN = /^(?:närvarande|närvaro)\s+(?:tjänstgörande\s+ersättare|tjg\.?\s+ersättare|ersättare)$/iu;

/**
 * The index of the header's column of substitutes serving instead, after its presence column (or the presence column
 * itself where the two headers share a cell), or null.
 */
export function standInColumn(header: DocumentLine, presence: number): number | null {
  if (PRESENCE_WITH_STAND_IN.test(header.cells[presence]?.trim() ?? '')) return presence;
  const at = header.cells.findIndex((c, k) => k > presence && STAND_IN_HEADER.test(c.trim()));
  return at >= 0 ? at : null;
}

interface StandInTable {
  column: number;
  standIn: number;
  header: DocumentLine;
  present: HeadField;
}

/**
 * A member's row of such a table read by the column each cell stands in: a name under the substitutes' column serves
 * for the member, who was away; no mark and no substitute, the member was away all the same. Returns the people to add
 * (the absent, the substitute present), or null for a row this rule does not read (a marked row, or one whose columns
 * cannot be told).
 */
export function standInRow(table: StandInTable, row: DocumentLine): { present: string | null; absent: string } | null {
  const at = row.cells.map((_, k) => headerColumnOf(table.header, row, k));
  // "Ej tjänstgörande ersättare | Alva Brink (S)": a label row after the table ends it.
  if (at.some((c) => c === null) || row.cells.length < 2 || matchLabel(row.cells[0]!) !== null) return null;
  const member = row.cells.filter((_, k) => at[k]! < table.column).map((c) => c.trim()).filter(Boolean);
  const name = member[0]?.split(',')[0]!.trim() ?? '';
  if (!looksLikeName(name)) return null;
  const party = member.slice(1).find(looksLikeParty) ?? null;
  const bracket = party ? ` (${party})` : '';
  const marked = row.cells.some((c, k) => at[k] === table.column && (table.standIn !== table.column || isPresenceMark(c)));
  const serving = row.cells.find((c, k) => at[k] === table.standIn && !isPresenceMark(c))?.trim() ?? '';
  if (!marked && serving && looksLikeName(serving.replace(/\s*\([^)]*\)\s*$/u, ''))) {
    const sub = /\(/u.test(serving) ? serving : `${serving}${bracket}`;
    return { present: `${sub}, tjänstgörande ersättare för ${name}${bracket}`, absent: `${name}${bracket}` };
  }
  // Without a mark or a substitute the member was away, where OCR has been reading the table's marks (three rows above
  // marked present): a scan whose crosses OCR lost leaves every row so.
  if (!marked && !serving && table.present.values.length >= 3 && row.cells.every((_, k) => at[k]! < table.column)) return { present: null, absent: `${name}${bracket}` };
  return null;
}

const PERSON_NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// "Hans-Erik Bolander L Ronja Sivertsson": a member, the party's letters, and the substitute serving, the gaps closed by
// OCR; specks may stand in the gaps.
const CLOSED_STAND_IN_ROW = new RegExp(String.raw`^(${PERSON_NAME})[\s.:;|'"]+(\p{Lu}[\p{L}]{0,2})[\s.:;|'"]+(${PERSON_NAME})[\s.:;|'"]*$`, 'u');

/** A row of such a table with its gaps closed, the substitute's name where the mark would be; null for any other row. */
export function closedStandInRow(text: string): { present: string; absent: string } | null {
  const m = CLOSED_STAND_IN_ROW.exec(text.trim());
  if (!m || !looksLikeParty(m[2]!)) return null;
  return { present: `${m[3]!} (${m[2]!}), tjänstgörande ersättare för ${m[1]!} (${m[2]!})`, absent: `${m[1]!} (${m[2]!})` };
}
