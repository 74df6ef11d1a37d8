import type { Line, Page, Word } from '../domain/index.ts';
import { unionBBox } from '../domain/index.ts';
import { compose, type Matrix } from './matrix.ts';
import { checkPageNumber, pdfInternals, type PdfHandle } from './open-pdf.ts';
import { toMinutesError } from './pdf-errors.ts';

/** Text-layer coordinates use the page as if scanned at this resolution, so they match OCR'd pages. */
export const TEXT_LAYER_DPI = 300;

/** One run of text pdfjs reports, placed in page pixels. */
export interface TextRun {
  text: string;
  /** Left end of the baseline, and the run's advance along it, in pixels. */
  x: number;
  baseline: number;
  width: number;
  /** Font size in pixels. */
  size: number;
}

/** Ascent and descent as shares of the font size, for boxes close to what OCR draws around a word. */
const ASCENT = 0.8;
const DESCENT = 0.2;

export async function extractTextLayer(pdf: PdfHandle, pageNumber: number): Promise<Page> {
  checkPageNumber(pdf, pageNumber);
  try {
    const page = await pdfInternals(pdf).document.getPage(pageNumber);
    const viewport = page.getViewport({ scale: TEXT_LAYER_DPI / 72 });
    const display = viewport.transform as unknown as Matrix;
    const { items } = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const m = compose(display, item.transform as unknown as Matrix);
      const size = Math.hypot(m[2], m[3]);
      if (!(size > 0) || !m.every(Number.isFinite)) continue;
      const width = Math.abs(item.width) * (TEXT_LAYER_DPI / 72);
      runs.push({ text: item.str, x: m[4], baseline: m[5], width: width > 0 ? width : size * 0.5 * item.str.length, size });
    }
    const lines = linesFromRuns(runs);
    return {
      number: pageNumber,
      width: Math.round(viewport.width),
      height: Math.round(viewport.height),
      lines,
      source: 'text-layer',
      rotation: 0,
      notes: [],
    };
  } catch (error) {
    throw toMinutesError(error);
  }
}

/**
 * Groups runs into lines by baseline, splits them into words on whitespace,
 * orders lines top to bottom and words left to right, and numbers blocks of
 * lines separated by a clear vertical gap.
 */
export function linesFromRuns(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const current = groups[groups.length - 1];
    const ref = current?.[0];
    if (current && ref && Math.abs(run.baseline - ref.baseline) <= 0.4 * Math.min(run.size, ref.size)) current.push(run);
    else groups.push([run]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    const words = wordsOf(group.sort((a, b) => a.x - b.x));
    if (words.length > 0) lines.push({ words, bbox: unionBBox(words.map((w) => w.bbox)), block: 0 });
  }
  numberBlocks(lines);
  return lines;
}

function wordsOf(runs: readonly TextRun[]): Word[] {
  const words: Word[] = [];
  // Whether the next piece continues the last word: no whitespace and no visible gap between them.
  let open = false;
  let lastEnd = -Infinity;
  for (const run of runs) {
    const advance = run.width / Math.max(1, run.text.length);
    const gapLimit = 0.15 * run.size;
    for (const match of run.text.matchAll(/\S+/g)) {
      const start = run.x + match.index * advance;
      const end = start + match[0].length * advance;
      const box = { x0: Math.round(start), y0: Math.round(run.baseline - ASCENT * run.size), x1: Math.round(end), y1: Math.round(run.baseline + DESCENT * run.size) };
      const previous = words[words.length - 1];
      if (open && previous && match.index === 0 && start - lastEnd <= gapLimit) {
        previous.text += match[0];
        previous.bbox = unionBBox([previous.bbox, box]);
      } else {
        words.push({ text: match[0], bbox: box, confidence: 1 });
      }
      lastEnd = end;
      open = match.index + match[0].length === run.text.length;
    }
    if (!/\S$/.test(run.text)) open = false;
  }
  return words;
}

function numberBlocks(lines: Line[]): void {
  const heights = lines.map((l) => l.bbox.y1 - l.bbox.y0).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)] ?? 0;
  let block = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    if (previous && line.bbox.y0 - previous.bbox.y1 > 0.8 * typical) block++;
    line.block = block;
  }
}
