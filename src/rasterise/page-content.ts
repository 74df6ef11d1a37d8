import type { PDFRawStream } from 'pdf-lib';
import type { Matrix } from './matrix.ts';

/** One image painted on the page. */
export interface PlacedImage {
  /** Image space (the unit square, row 0 at the top) → user space. */
  ctm: Matrix;
  /** Pixel size the file declares. */
  width: number;
  height: number;
  /** A stencil mask (/ImageMask): its pixels mean "paint here", not colours. */
  isMask: boolean;
  /** Position among the page's painting operations, to tell text hidden under a scan from text over it. */
  sequence: number;
  /** The XObject stream, when the page was read from its content stream (pdf-lib). */
  stream?: PDFRawStream;
  /** pdfjs's object id, when the page was read from pdfjs's operator list. */
  objId?: string;
}

/** What a page paints, gathered without decoding any image. */
export interface PageContent {
  images: PlacedImage[];
  /** Glyph bytes shown in a visible text rendering mode. */
  visibleGlyphs: number;
  /** Sequence of the last visible text operation (-1 when none). */
  lastVisibleTextSequence: number;
  /** Glyph bytes shown invisibly (Tr 3 or 7), typically an old OCR layer. */
  hiddenGlyphs: number;
  /** Fill, stroke and shading operations. */
  vectorPaints: number;
  from: 'content-stream' | 'operator-list';
}

export function emptyPageContent(from: PageContent['from']): PageContent {
  return { images: [], visibleGlyphs: 0, lastVisibleTextSequence: -1, hiddenGlyphs: 0, vectorPaints: 0, from };
}

/** Text rendering modes that put no ink on the page. */
export function isInvisibleTextMode(mode: number): boolean {
  return mode === 3 || mode === 7;
}
