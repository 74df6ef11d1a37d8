import { headerCellsOf, NUMBER_COLUMN, TITLE_COLUMN } from './agenda-table-header.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

/**
 * "Nr Ärende | Föredragande | Kl." over rows "Val av justerare | Ordföranden | 13.05", …, "10 Förvaltningschefen …":
 * OCR can drop the lone figures 1–9 of an agenda table's narrow number column and keep "10". Read with geometry, the
 * rows that open with a capital left of the header's next column are the points, in order, their titles' wrapped rows
 * opening in lower case; they are taken as points 1 to 9 only when their count fills the numbers before the first
 * number OCR did read.
 */
export function withLostNumberColumn(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const anchor = chain[0];
  if (!anchor || Number(anchor.number) < 3) return chain;
  if (!lines[anchor.line]!.cellX) return withLostNumbersInText(lines, chain);
  let at = anchor.line - 1;
  // "Ärende | Föredragande": the number column's heading may be lost with its figures, the title's heading first.
  while (at >= 0 && anchor.line - at <= 40 && !((headerCellsOf(lines[at]!) !== null || titleColumnFirst(lines[at]!)) && lines[at]!.cellX)) at--;
  // Without a table head, the rows under a sentence that announces the points are read as in plain text.
  if (at < 0 || anchor.line - at > 40) return withLostNumbersInText(lines, chain);
  const header = lines[at]!;
  // Where the first column after the number and title columns starts.
  const next = header.cells.findIndex((cell) => !cell.trim().split(/\s+/).every((w) => NUMBER_COLUMN.test(w) || TITLE_COLUMN.test(w)));
  const bound = next > 0 ? header.cellX![next] : undefined;
  if (bound === undefined) return chain;
  const points = lines
    .slice(at + 1, anchor.line)
    .map((line, k) => ({ line, index: at + 1 + k }))
    .filter(({ line }) => !isBlank(line) && line.cellX !== undefined && line.cellX[0]! < bound && /^\s*\p{Lu}\p{Ll}/u.test(line.cells[0]!))
    .filter(({ index }, k, rows) => k === 0 || rows[k - 1]!.index !== index - 1 || !BROKEN_AT_PREPOSITION.test(lines[index - 1]!.cells[0]!.trim()));
  if (points.length !== Number(anchor.number) - 1) return chain;
  const lead = points.map(({ line, index }, k): ItemHeading => ({ line: index, number: String(k + 1), title: line.cells[0]!.trim(), trailing: line.cells.slice(1), kind: anchor.kind }));
  return [...lead, ...chain];
}

/** "Ärende | Föredragande | Kl.": a table head of two columns or more that opens with the title's column. */
function titleColumnFirst(line: DocumentLine): boolean {
  return line.cells.length >= 2 && TITLE_COLUMN.test(line.cells[0]!.trim()) && !TITLE_COLUMN.test(line.cells[1]!.trim().split(/\s+/)[0]!);
}

/**
 * "Nr Ärende" / "Val av justerare" / "Godkännande av dagordningen" / "Årsredovisning 2025" / "5 Taxa för …": the same in
 * plain OCR text, without the geometry to find the title's column. Every row between the header and the first number OCR
 * read that opens with a capital is a point (a wrapped row opens in lower case or with a figure), and only when their
 * count fills the numbers before it.
 */
function withLostNumbersInText(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const anchor = chain[0]!;
  let at = anchor.line - 1;
  while (at >= 0 && anchor.line - at <= 30 && headerCellsOf(lines[at]!) === null && !titleColumnAlone(lines[at]!) && !AGENDA_LEAD.test(lines[at]!.text)) at--;
  if (at < 0 || anchor.line - at > 30) return chain;
  const points = lines
    .slice(at + 1, anchor.line)
    .map((line, k) => ({ line, index: at + 1 + k }))
    .filter(({ line }) => !isBlank(line) && /^\s*\p{Lu}\p{Ll}/u.test(line.cells[0]!))
    // "Ansökan om medel för unga i" / "Ekby :": a title that broke off at its preposition goes on with a name.
    .filter(({ index }, k, rows) => k === 0 || rows[k - 1]!.index !== index - 1 || !BROKEN_AT_PREPOSITION.test(lines[index - 1]!.text.trim()));
  if (points.length !== Number(anchor.number) - 1) return chain;
  const lead = points.map(({ line, index }, k): ItemHeading => ({ line: index, number: String(k + 1), title: line.cells[0]!.trim(), trailing: line.cells.slice(1), kind: anchor.kind }));
  return [...lead, ...chain];
}

// "Ansökan om medel för unga i": a title that breaks off at a preposition, its name on the next row.
const BROKEN_AT_PREPOSITION = /\s(?:i|på|för|av|till|om|med|från|vid)$/u;

/**
 * "Ärende" alone on its row over the titles: OCR read the narrow number column apart and lost its heading ("Nr") with
 * its figures, so the title column's heading is all that is left of the table's head.
 */
function titleColumnAlone(line: DocumentLine): boolean {
  const words = line.cells.flatMap((c) => c.trim().split(/\s+/)).filter((w) => w !== '' && !/^[^\p{L}\d]+$/u.test(w));
  return words.length === 1 && TITLE_COLUMN.test(words[0]!.replace(/^A(?=rende)/u, 'Ä'));
}

// "Därvid förekomma följande ärenden:", "Vid sammanträdet behandlas följande ärenden:": a typed kungörelse announces its
// points with a sentence that ends in a colon, where a table would have its head.
const AGENDA_LEAD = /\bföljande\s+(?:ärenden|frågor|punkter)\s*:\s*$/iu;
