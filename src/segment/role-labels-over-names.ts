import { type DocumentLine, isBlank } from './document-lines.ts';
import type { HeadField } from './head-field.ts';
import { matchLabel } from './labels.ts';

// "Mötesledare | Antecknare" over "Karin Ek | Per Lind": a template's head prints who leads the meeting and who takes
// the notes as a small table, each role over its holder. Read as labels waiting for their values, the names would go
// to whatever label comes next, so the two rows are taken together here.
const NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
const SPECK = /^[|.,:;'"`‘’”]+$/u;

function roleLabels(cells: readonly string[]): string[] | null {
  if (cells.length < 2) return null;
  const labels = cells.map((c) => matchLabel(c.trim()));
  return labels.every((l) => l !== null && l.kind === 'signature' && !l.rest) ? labels.map((l) => l!.label) : null;
}

/** "Karin Ek Per Lind": names of two words each, read as one cell where OCR closed the gap between them. */
function namesOfTwoWords(text: string, count: number): string[] | null {
  const words = text.trim().split(/\s+/).filter((w) => !SPECK.test(w));
  if (words.length !== count * 2 || !words.every((w) => NAME.test(w))) return null;
  return Array.from({ length: count }, (_, k) => `${words[2 * k]} ${words[2 * k + 1]}`);
}

/**
 * The head fields of a row of role labels over a row of names, and how many rows after the labels' row the table
 * takes; null when the rows are no such table.
 */
export function roleLabelsOverNames(lines: readonly DocumentLine[], i: number): { fields: HeadField[]; rows: number } | null {
  const line = lines[i]!;
  // "Mötesledare : \" Antecknare": OCR read both labels into one cell, with specks between them.
  const labels = roleLabels(line.cells) ?? (line.cells.length === 1 ? roleLabels(line.cells[0]!.trim().split(/\s+/).filter((w) => !SPECK.test(w))) : null);
  if (labels === null) return null;
  // OCR's blank row between the labels and the names.
  const at = lines[i + 1] !== undefined && isBlank(lines[i + 1]!) ? i + 2 : i + 1;
  const below = lines[at];
  if (below === undefined) return null;
  const names =
    below.cells.length === labels.length && below.cells.every((c) => namesOfTwoWords(c, 1) !== null || /^\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+){1,2}\s*$/u.test(c))
      ? below.cells.map((c) => c.trim())
      : below.cells.length === 1
        ? namesOfTwoWords(below.cells[0]!, labels.length)
        : null;
  if (names === null) return null;
  return { fields: labels.map((label, k) => ({ kind: 'signature' as const, label, values: [names[k]!] })), rows: at - i };
}
