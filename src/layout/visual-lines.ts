import { type Line, type Page, unionBBox } from '../domain/index.ts';

/**
 * Regroups a page's OCR lines into the rows a reader sees.
 *
 * tesseract's automatic layout (PSM 3) often reads a label column ("Tid",
 * "Plats och tid", "Beslutande") or a right-hand column ("Dnr SN 2023/4") as a
 * block of its own, so the text comes out as all labels, then all values.
 * Native tesseract sometimes keeps them in one block but splits each printed
 * row into two lines. Lines that sit side by side (no horizontal overlap) and
 * share at least half the height of the shorter one are one printed row: they
 * are merged, left to right. Lines of a paragraph are stacked, never side by side,
 * so they keep their order.
 */
export function orderVisualLines(page: Page): Page {
  if (page.lines.length < 2) return page;
  const centre = (l: Line) => (l.bbox.y0 + l.bbox.y1) / 2;
  const byCentre = page.lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => centre(a.line) - centre(b.line) || a.index - b.index);

  const rows: Line[][] = [];
  for (const { line } of byCentre) {
    let best: Line[] | null = null;
    let bestShare = 0;
    for (const row of rows.slice(-8)) {
      if (row.some((l) => overlapsHorizontally(l, line))) continue;
      const share = Math.max(...row.map((l) => verticalOverlapShare(l, line)));
      if (share >= 0.5 && share > bestShare) {
        best = row;
        bestShare = share;
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

/** How much of the shorter line's height the two lines share; headings and body text differ in size. */
function verticalOverlapShare(a: Line, b: Line): number {
  const overlap = Math.min(a.bbox.y1, b.bbox.y1) - Math.max(a.bbox.y0, b.bbox.y0);
  const shorter = Math.min(a.bbox.y1 - a.bbox.y0, b.bbox.y1 - b.bbox.y0);
  return shorter > 0 ? Math.max(0, overlap) / shorter : 0;
}

function overlapsHorizontally(a: Line, b: Line): boolean {
  return a.bbox.x0 < b.bbox.x1 && b.bbox.x0 < a.bbox.x1;
}
