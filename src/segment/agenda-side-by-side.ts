import { type DocumentLine, documentLine, isBlank } from './document-lines.ts';

// "3. Budget 2026" / "9) Motion om …": a numbered point opening a column's cell.
const POINT = /^\s*(\d{1,2})[.)]\s+\S/u;

function pointNumber(cell: string | undefined): number | null {
  const m = cell === undefined ? null : POINT.exec(cell);
  return m ? Number(m[1]) : null;
}

/** "14. Val av valberedning | i": a letter or speck OCR read from the page's edge is no third column. */
function withoutEdgeSpeck(line: DocumentLine): DocumentLine {
  if (line.cells.length !== 3 || !/^(?:[^\p{L}\d]{1,2}|\p{Ll})$/u.test(line.cells[2]!.trim())) return line;
  return documentLine(line.page, line.cells.slice(0, 2), line.cellX?.slice(0, 2));
}

/** The figures a column's points carry run 1 … k, one apart, from the given start. */
function runsOn(cells: readonly string[], from: number): number | null {
  let next = from;
  for (const cell of cells) {
    const n = pointNumber(cell);
    if (n === null) continue;
    if (n !== next) return null;
    next++;
  }
  return next === from ? null : next;
}

/**
 * A narrow column wraps its points' titles: every cell that opens no point goes on with the point above it, and a word
 * broken at the column's edge ("renhållnings-" / "ordningen") is whole again; "barn- och" keeps its hyphen and space.
 */
function pointsOf(cells: readonly string[]): string[] {
  const points: string[] = [];
  for (const cell of cells) {
    const text = cell.trim();
    const last = points.length - 1;
    if (pointNumber(text) !== null || last < 0) points.push(text);
    else points[last] = /\p{Ll}-$/u.test(points[last]!) && /^\p{Ll}/u.test(text) && !/^(?:och|eller|samt)\b/u.test(text) ? `${points[last]!.slice(0, -1)}${text}` : `${points[last]!} ${text}`;
  }
  return points;
}

/**
 * "1. Upprop | 8. Motion om …" / "2. Val av justerare | på kommunens skolor" / …: an agenda printed in two columns side by
 * side, as a kungörelse in a newspaper is, where the left column holds points 1 … k and the right one k + 1 … n. Read
 * row by row the points of the two columns alternate; the reader goes down the left column first, then the right.
 * Every row of the block must split into the two columns (by its cells' left edges where OCR gave them, otherwise by a
 * row holding two cells), so that a table of title and presenter is never taken apart.
 */
export function withAgendaSideBySide(read: readonly DocumentLine[]): DocumentLine[] {
  const lines = withPointPairsSplit(read);
  for (let start = 0; start < lines.length; start++) {
    const first = lines[start]!;
    if (first.cells.length !== 2 || pointNumber(first.cells[0]) !== 1) continue;
    const split = first.cellX?.[1];
    const left: string[] = [];
    const right: string[] = [];
    let end = start;
    // Once a row holds only the left column's next point, the right column has ended: only more such points follow.
    let rightEnded = false;
    for (; end < lines.length; end++) {
      const line = withoutEdgeSpeck(lines[end]!);
      if (rightEnded && !(line.cells.length === 1 && pointNumber(line.cells[0]) === runsOn(left, 1))) break;
      if (line.page !== first.page) break;
      // OCR's rows leave a blank between two rows of the block now and then; a blank before a row of the block is no end.
      if (isBlank(line)) {
        const after = lines[end + 1];
        if (after?.cells.length === 2 || (after?.cells.length === 1 && split === undefined && pointNumber(after.cells[0]) === runsOn(left, 1))) continue;
        break;
      }
      if (line.cells.length === 2) {
        if (split !== undefined && line.cellX?.[1] !== undefined && Math.abs(line.cellX[1] - split) > 40) break;
        left.push(line.cells[0]!);
        right.push(line.cells[1]!);
      } else if (line.cells.length === 1 && split !== undefined && line.cellX?.[0] !== undefined) {
        const leftAlone = line.cellX[0] < split - 20;
        (leftAlone ? left : right).push(line.cells[0]!);
        if (leftAlone && pointNumber(line.cells[0]) !== null && right.length > 0) rightEnded = true;
      } else if (line.cells.length === 1 && pointNumber(line.cells[0]) === runsOn(left, 1)) {
        // "8. Revisorernas berättelse" under "7. … | 15. …": the left column one point longer ends the block alone.
        left.push(line.cells[0]!);
        end++;
        break;
      } else break;
    }
    if (left.length < 3) continue;
    const k = runsOn(left, 1);
    if (k === null || k < 3) continue;
    const n = runsOn(right, k);
    if (n === null || n - k < 2 || pointNumber(right[0]) !== k) continue;
    const page = first.page;
    const rows = [...pointsOf(left), ...pointsOf(right)].map((c) => documentLine(page, [c]));
    return [...lines.slice(0, start), ...rows, ...lines.slice(end)];
  }
  return lines as DocumentLine[];
}

// "1. Årsmötets öppnande 9. Fastställande av …": both columns' points in one cell where OCR closed the gap between them.
const TWO_POINTS = /^\s*(\d{1,2})[.)]\s+(\S.*?)\s+(\d{1,2})[.)]\s+(\p{Lu}.*)$/u;

/**
 * Rows of one cell that hold two numbered points, the right one's figure a fixed distance above the left one's on every
 * row (3 rows or more, the left figures running 1, 2, 3 …), are split into their two columns' cells.
 */
function withPointPairsSplit(lines: readonly DocumentLine[]): readonly DocumentLine[] {
  const pairs = lines.map((line) => (line.cells.length === 1 ? TWO_POINTS.exec(line.cells[0]!) : null));
  let out: DocumentLine[] | null = null;
  for (let start = 0; start < lines.length; start++) {
    const first = pairs[start];
    if (!first || first[1] !== '1') continue;
    const offset = Number(first[3]) - 1;
    let end = start;
    let expected = 1;
    for (let i = start; i < lines.length; i++) {
      if (isBlank(lines[i]!)) continue;
      const m = pairs[i];
      if (!m || Number(m[1]) !== expected || Number(m[3]) !== expected + offset) break;
      expected++;
      end = i + 1;
    }
    if (expected <= 3 || offset < expected - 1) continue;
    out ??= [...lines];
    for (let i = start; i < end; i++) {
      const m = pairs[i];
      if (m) out[i] = documentLine(lines[i]!.page, [`${m[1]}. ${m[2]}`, `${m[3]}. ${m[4]}`]);
    }
    start = end;
  }
  return out ?? lines;
}
