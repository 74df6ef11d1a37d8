import { type Line, type Page, unionBBox } from '../domain/index.ts';

/**
 * Regroups a page's OCR lines into the rows a reader sees.
 *
 * tesseract's automatic layout (PSM 3) often reads a label column ("Tid",
 * "Plats och tid", "Beslutande") or a right-hand column ("Dnr SN 2023/4") as a
 * block of its own, so the text comes out as all labels, then all values.
 * Lines from different blocks whose vertical centres lie within half a line
 * height of each other are one printed row: they are merged, left to right.
 * Lines of the same block are never merged, so ordinary paragraphs keep their
 * reading order.
 */
export function orderVisualLines(page: Page): Page {
  if (page.lines.length < 2) return page;
  const typicalHeight = median(page.lines.map((l) => l.bbox.y1 - l.bbox.y0)) || 1;
  const centre = (l: Line) => (l.bbox.y0 + l.bbox.y1) / 2;
  const byCentre = page.lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => centre(a.line) - centre(b.line) || a.index - b.index);

  const rows: Line[][] = [];
  for (const { line } of byCentre) {
    const c = centre(line);
    let best: Line[] | null = null;
    let bestDistance = Infinity;
    for (const row of rows.slice(-8)) {
      if (row.some((l) => l.block === line.block)) continue;
      if (row.some((l) => overlapsHorizontally(l, line))) continue;
      const distance = Math.abs(centre(row[0]!) - c);
      if (distance < 0.5 * typicalHeight && distance < bestDistance) {
        best = row;
        bestDistance = distance;
      }
    }
    if (best) best.push(line);
    else rows.push([line]);
  }

  if (rows.length === page.lines.length && rows.every((row, i) => row[0] === page.lines[i])) return page;
  const lines = rows.map((row): Line => {
    if (row.length === 1) return row[0]!;
    row.sort((a, b) => a.bbox.x0 - b.bbox.x0);
    return {
      words: row.flatMap((l) => l.words),
      bbox: unionBBox(row.map((l) => l.bbox)),
      block: Math.min(...row.map((l) => l.block)),
    };
  });
  return { ...page, lines };
}

function overlapsHorizontally(a: Line, b: Line): boolean {
  return a.bbox.x0 < b.bbox.x1 && b.bbox.x0 < a.bbox.x1;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
