import type { Line, Page } from '../domain/index.ts';
import { type DocumentLine, documentLine } from './document-lines.ts';

interface Segment {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  block: number;
  line: number;
  words: { text: string; x0: number; x1: number }[];
  /** The vertical centre of the segment's first word of two letters or figures (of its first word, if none). */
  lead: number;
}

/**
 * A line's words split where the horizontal gap is wide enough to be a column
 * gap rather than a word space, so that "Vid anteckningarna      Justeras"
 * becomes two cells.
 */
function splitAtColumnGaps(line: Line, lineIndex: number): Segment[] {
  // The words' own height, not the line box's: on a tilted scan a long line's box spans the slope and grows several
  // times taller than the type, which would close the gap between a table's columns.
  // Only words of two letters or figures count: a speck or a dash is a sliver of the type's height.
  const wordHeights = line.words.filter((w) => /[\p{L}\d]{2}/u.test(w.text)).map((w) => w.bbox.y1 - w.bbox.y0);
  const height = Math.max(1, Math.min(line.bbox.y1 - line.bbox.y0, median(wordHeights) || Infinity));
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let lastX1 = 0;
  const words = line.words.filter((w) => w.text.trim() !== '');
  for (const [k, word] of words.entries()) {
    // "Justerare  >   Mikael Bodin": a speck alone in a column gap stays with the cell before it, as it did when the
    // gap was measured against the taller line box.
    const next = words[k + 1];
    // A dash there is a table's mark for an empty cell ("Eriksson | Maria | – | bygglovschef"), a cell of its own.
    const speck = !/[\p{L}\d]/u.test(word.text) && !/^[-–—]$/u.test(word.text) && next !== undefined && next.bbox.x0 - word.bbox.x1 > 2.5 * height;
    // "Justeras   \">  Vid anteckningarna": a dot of dirt in the column gap, a few pixels across, read as marks right
    // before the next cell's first word; it would open that cell and hide its label.
    // "ordförande   i   sekreterare": a dot a few pixels across that OCR read as a lone letter is dirt too; no letter,
    // not even an "i", is under a third of the type's height.
    const dot = (!/[\p{L}\d]/u.test(word.text) || /^\p{L}$/u.test(word.text)) && word.bbox.x1 - word.bbox.x0 < 0.3 * height && word.bbox.y1 - word.bbox.y0 < 0.3 * height;
    if (dot && !speck && current && word.bbox.x0 - lastX1 > 2.5 * height) continue;
    const box = { text: word.text, x0: word.bbox.x0, x1: word.bbox.x1 };
    if (current && (word.bbox.x0 - lastX1 <= 2.5 * height || speck)) {
      current.text += ` ${word.text}`;
      current.x1 = word.bbox.x1;
      current.words.push(box);
    } else {
      const lead = words.slice(k).find((w) => /[\p{L}\d]{2}/u.test(w.text)) ?? word;
      current = { text: word.text, x0: word.bbox.x0, x1: word.bbox.x1, y0: line.bbox.y0, y1: line.bbox.y1, block: line.block, line: lineIndex, words: [box], lead: (lead.bbox.y0 + lead.bbox.y1) / 2 };
      segments.push(current);
    }
    lastX1 = word.bbox.x1;
  }
  return segments;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * A label printed halfway down a value that wraps onto a second line
 * ("Plats och tid" beside "Kommunhuset, … kl." / "13.15–16.40") has its centre
 * between the two value lines. It belongs with the upper line when it
 * overlaps it vertically and sits entirely to the left of its cells.
 */
function besideWrappedValue(rows: Segment[][], segment: Segment): Segment[] | null {
  let best: Segment[] | null = null;
  let bestOverlap = 0;
  const height = segment.y1 - segment.y0;
  for (const row of rows) {
    if (row.some((s) => s.block === segment.block)) continue;
    const top = Math.min(...row.map((s) => s.y0));
    const bottom = Math.max(...row.map((s) => s.y1));
    const overlap = Math.min(bottom, segment.y1) - Math.max(top, segment.y0);
    const leftOfRow = segment.x1 < Math.min(...row.map((s) => s.x0));
    if (leftOfRow && overlap >= 0.3 * height && overlap > bestOverlap) {
      best = row;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * The page as visual rows. tesseract's automatic layout can read a label
 * column ("Plats och tid", "Beslutande") as its own block before the values;
 * lines from different blocks whose vertical centres are close are merged
 * into one row, cells ordered left to right. A blank row marks a vertical gap
 * wider than a line, which is where paragraphs end.
 */
export function visualRows(page: Page): DocumentLine[] {
  const segments = page.lines.flatMap((line, i) => splitAtColumnGaps(line, i));
  if (segments.length === 0) return [];
  const typicalHeight = median(segments.map((s) => s.y1 - s.y0)) || 1;
  const ordered = [...segments].sort((a, b) => (a.y0 + a.y1) / 2 - (b.y0 + b.y1) / 2);

  const rows: Segment[][] = [];
  for (const segment of ordered) {
    const centre = (segment.y0 + segment.y1) / 2;
    let best: Segment[] | null = null;
    let bestDistance = Infinity;
    for (const row of rows.slice(-6)) {
      const anchor = row[0]!;
      const conflicts = row.some((s) => s.block === segment.block && s.line !== segment.line);
      if (conflicts) continue;
      const distance = Math.abs((anchor.y0 + anchor.y1) / 2 - centre);
      if (distance < 0.5 * typicalHeight && distance < bestDistance) {
        best = row;
        bestDistance = distance;
      }
    }
    best ??= besideWrappedValue(rows.slice(-3), segment);
    if (best) best.push(segment);
    else rows.push([segment]);
  }

  for (const row of rows) row.sort((a, b) => a.x0 - b.x0);
  withTableColumns(rows, typicalHeight);

  const result: DocumentLine[] = [];
  const centres = rows.map((row) => median(row.map((s) => (s.y0 + s.y1) / 2)));
  const pitch = typicalPitch(centres, typicalHeight);
  // Where each row starts: on a tilted scan a long row's box centre sits up or down the slope from a short row's, so
  // the step from a full line to the short last line of its paragraph can read as a paragraph's space. Rows line up at
  // their first word (the left margin), so a wider step must show there too.
  const leads = rows.map((row) => [...row].sort((a, b) => a.x0 - b.x0)[0]!.lead);
  let previousBottom: number | null = null;
  for (const [k, row] of rows.entries()) {
    row.sort((a, b) => a.x0 - b.x0);
    const top = Math.min(...row.map((s) => s.y0));
    const bottom = Math.max(...row.map((s) => s.y1));
    // Boxes of faces with tall ascenders and descenders nearly touch across a paragraph's space, so the step
    // from line to line tells a paragraph end too: 1.4 times the usual step or more (a list's extra space is about 1.3).
    const widerStep = pitch !== null && k > 0 && centres[k]! - centres[k - 1]! > 1.4 * pitch && leads[k]! - leads[k - 1]! > 1.4 * pitch;
    if (previousBottom !== null && (top - previousBottom > 0.9 * typicalHeight || widerStep)) {
      result.push(documentLine(page.number, []));
    }
    result.push(documentLine(page.number, row.map((s) => s.text), row.map((s) => s.x0)));
    previousBottom = previousBottom === null ? bottom : Math.max(previousBottom, bottom);
  }
  return result;
}

/**
 * The page's line step: the commonest distance between the centres of consecutive rows, read from
 * the steps no longer than two line heights (paragraph spaces and figures are longer). Null on a
 * page with too few such steps to tell.
 */
function typicalPitch(centres: number[], typicalHeight: number): number | null {
  const steps = centres.slice(1).map((c, k) => c - centres[k]!).filter((d) => d > 0.5 * typicalHeight && d < 2 * typicalHeight);
  return steps.length >= 6 ? median(steps) : null;
}

// The words that head the columns of a table of points or people: "Punkt  Diskussion  Beslut", "Namn  Parti  Funktion".
const COLUMN_HEADING = /^(?:nr|punkt|ärende|ärenden|rubrik|diskussion|beslut|anteckning|anteckningar|noteringar|kommentar|kommentarer|åtgärd|åtgärder|ansvarig|föredragande|status|klart|namn|parti|funktion|roll|titel|organisation|kommun|verksamhet|uppdrag|befattning)$/iu;

function isColumnHeading(row: readonly Segment[]): boolean {
  return row.length >= 2 && row.every((s) => s.text.split(/\s+/).every((w) => COLUMN_HEADING.test(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))));
}

/** The column whose left edge `x` stands at, within `tolerance`, or -1. */
function columnAt(columns: readonly number[], x: number, tolerance: number): number {
  return columns.findIndex((c) => Math.abs(c - x) <= tolerance);
}

/**
 * Under a row of column headings ("Punkt  Diskussion  Beslut"), the cells of the table's rows: a row is split where a
 * wider space than a word's (a line height) ends at a heading's left edge, though narrower than the gap that splits
 * a row anywhere; and a row whose text starts in a later column than the first is the wrapped end of the row above
 * ("mars."  "tidplanen."), its cells added to that row's in the same columns.
 */
function withTableColumns(rows: Segment[][], typicalHeight: number): void {
  const header = rows.findIndex(isColumnHeading);
  if (header === -1) return;
  const columns = rows[header]!.map((s) => s.x0);
  const tolerance = 0.6 * typicalHeight;
  for (let k = header + 1; k < rows.length; k++) {
    rows[k] = rows[k]!.flatMap((segment) => splitAtColumns(segment, columns, tolerance));
  }
  for (let k = header + 2; k < rows.length; k++) {
    const row = rows[k]!;
    const above = rows[k - 1]!;
    const placed = row.map((s) => columnAt(columns, s.x0, tolerance));
    const aboveOpens = columnAt(columns, above[0]!.x0, tolerance) === 0 && above.length >= 2;
    const touching = Math.min(...row.map((s) => s.y0)) - Math.max(...above.map((s) => s.y1)) <= 0.9 * typicalHeight;
    if (!aboveOpens || !touching || placed.some((c) => c < 1)) continue;
    for (const [i, segment] of row.entries()) {
      const target = above.find((s) => columnAt(columns, s.x0, tolerance) === placed[i]);
      if (!target) {
        above.push(segment);
        continue;
      }
      target.text += ` ${segment.text}`;
      target.words.push(...segment.words);
      target.y1 = Math.max(target.y1, segment.y1);
    }
    above.sort((a, b) => a.x0 - b.x0);
    rows.splice(k, 1);
    k--;
  }
}

function splitAtColumns(segment: Segment, columns: readonly number[], tolerance: number): Segment[] {
  const height = segment.y1 - segment.y0;
  const parts: Segment[] = [];
  let current: Segment | null = null;
  for (const word of segment.words) {
    const gap = current ? word.x0 - current.x1 : 0;
    if (current && !(gap >= height && columnAt(columns, word.x0, tolerance) > 0)) {
      current.text += ` ${word.text}`;
      current.x1 = word.x1;
      current.words.push(word);
    } else {
      current = { ...segment, text: word.text, x0: word.x0, x1: word.x1, words: [word] };
      parts.push(current);
    }
  }
  return parts;
}
