import { type DocumentLine, isBlank } from './document-lines.ts';

/** The column of a minutes table that holds each point's decision, and, read with geometry, where it starts. */
export interface DecisionColumn {
  index: number;
  /** The left bound of the column on the page: halfway from the column before it (null for plain text). */
  from: number | null;
  /** The left bound of the column after it, if any. */
  to: number | null;
}

// "Beslut/Åtgärd", "Åtgärd och beslut": a column for what the meeting decided and what is to be done holds decisions too.
const DECISION_HEADER = /^\s*(?:beslut(?:et)?|beslut\s*(?:\/|och|&)\s*åtgärd(?:er)?|åtgärd(?:er)?\s*(?:\/|och|&)\s*beslut)\s*$/iu;

/**
 * The column of a minutes table headed "Beslut" ("Punkt | Diskussion | Beslut"), when the item headings are that
 * table's rows and carry a cell there; null otherwise.
 */
export function decisionColumnOf(lines: readonly DocumentLine[], headings: readonly { line: number; number: string }[]): DecisionColumn | null {
  if (headings.length < 2) return null;
  // The header row stands right above the first point, or above the first point's rows when OCR lost its number and
  // the headings start at the second.
  const above = lines.slice(Math.max(0, headings[0]!.line - 5), headings[0]!.line).filter((l) => !isBlank(l)).reverse();
  const header = above[0] && above[0].cells.some((c) => DECISION_HEADER.test(c)) ? above[0] : headings[0]!.number === '2' ? above.slice(1, 3).find((l) => l.cells.some((c) => DECISION_HEADER.test(c))) : above[0];
  if (!header || header.cells.length < 3) return null;
  const index = header.cells.findIndex((c) => DECISION_HEADER.test(c));
  if (index <= 0) return null;
  const x = header.cellX;
  // Read with geometry, the rows' cells are placed by where they start, however many cells OCR made of a row.
  if (x && headings.every((h) => lines[h.line]!.cellX)) {
    const next = x[index + 1];
    return { index, from: (x[index - 1]! + x[index]!) / 2, to: next === undefined ? null : (x[index]! + next) / 2 };
  }
  return headings.filter((h) => lines[h.line]!.cells.length === header.cells.length).length * 2 >= headings.length ? { index, from: null, to: null } : null;
}

/**
 * A point's cell in the decision column. Read with geometry, the cell wraps over the rows down to the next point
 * ("Rutinen skickas på remiss till rektorerna med" / "svar senast 1 mars."): its words are those that start inside the
 * column's bounds on each row.
 */
export function decisionCell(lines: readonly DocumentLine[], at: number, end: number, column: DecisionColumn): string | undefined {
  const { from, to } = column;
  if (from === null) return lines[at]!.cells[column.index]?.trim();
  const words = lines.slice(at, end).flatMap((line) => line.cells.filter((_, k) => {
    const x = line.cellX?.[k];
    return x !== undefined && x >= from && (to === null || x < to);
  }));
  return words.length > 0 ? words.join(' ').replace(/\s+/gu, ' ').trim() : undefined;
}
