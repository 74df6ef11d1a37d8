import type { BBox } from './geometry.ts';

/** One recognised word. Confidence is 0..1 (tesseract's 0..100 divided by 100). */
export interface Word {
  text: string;
  bbox: BBox;
  confidence: number;
}

/** A line of words in reading order. `block` groups lines that the OCR engine laid out together. */
export interface Line {
  words: Word[];
  bbox: BBox;
  block: number;
}

/** Where a page's words came from. */
export type PageSource = 'ocr' | 'text-layer' | 'blank';

/** A page after OCR or text-layer extraction. Coordinates are in the pixels of `width` × `height`. */
export interface Page {
  /** 1-based page number in the source PDF. */
  number: number;
  width: number;
  height: number;
  lines: Line[];
  source: PageSource;
  /** Clockwise degrees the scan was rotated by before OCR (0, 90, 180, 270). */
  rotation: number;
  /** Decisions taken on this page, each with its reason (for example "blank page: skipped OCR"). */
  notes: string[];
}

/** Raw 8-bit pixels, passed between stages instead of encoded files. */
export interface RasterImage {
  width: number;
  height: number;
  /** 1 (gray), 3 (RGB) or 4 (RGBA). */
  channels: 1 | 3 | 4;
  data: Uint8Array;
  /** Resolution the page was scanned or rendered at. */
  dpi: number;
}

export function lineText(line: Line): string {
  return line.words.map((w) => w.text).join(' ');
}

export function pageText(page: Page): string {
  return page.lines.map(lineText).join('\n');
}
