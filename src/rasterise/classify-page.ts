import { analysePage } from './analyse-page.ts';
import { intersectRects, rectArea, unitSquareBounds, type Rect } from './matrix.ts';
import type { PdfHandle } from './open-pdf.ts';
import type { PageContent, PlacedImage } from './page-content.ts';

/** What a page is made of, decided before any pixels are decoded. */
export type PageKind = 'scanned' | 'scanned-with-text-layer' | 'born-digital' | 'empty';

/** A scan fills the page; a logo or a photo in a born-digital page does not. */
const SCAN_COVERAGE = 0.5;
/**
 * Visible text over a scan counts as born-digital content only when there is
 * real text; an archive stamp or a page number added over a scan does not.
 */
const BORN_DIGITAL_MIN_GLYPHS = 200;
/** A white background rectangle or a frame is not content. */
const TRIVIAL_VECTOR_PAINTS = 2;

export async function classifyPage(pdf: PdfHandle, pageNumber: number): Promise<PageKind> {
  const { view, content } = await analysePage(pdf, pageNumber);
  return classifyContent(content, view);
}

export function classifyContent(content: PageContent, view: Rect): PageKind {
  const scan = largestImage(content, view);
  const hiddenGlyphs = content.hiddenGlyphs + (scan ? glyphsUnder(content, scan.image) : 0);
  const visibleGlyphs = content.visibleGlyphs - (scan ? glyphsUnder(content, scan.image) : 0);
  if (scan && scan.coverage >= SCAN_COVERAGE) {
    if (visibleGlyphs >= BORN_DIGITAL_MIN_GLYPHS) return 'born-digital';
    return visibleGlyphs + hiddenGlyphs > 0 ? 'scanned-with-text-layer' : 'scanned';
  }
  if (visibleGlyphs > 0) return 'born-digital';
  const drawn = content.images.length > 0 || content.vectorPaints > TRIVIAL_VECTOR_PAINTS;
  if (!drawn) return hiddenGlyphs > 0 ? 'born-digital' : 'empty';
  // Pictures or outlined text without a text layer: only OCR can read them.
  return hiddenGlyphs > 0 ? 'scanned-with-text-layer' : 'scanned';
}

export interface CoveringImage {
  image: PlacedImage;
  /** Share of the visible page area the image covers, 0..1. */
  coverage: number;
}

export function largestImage(content: PageContent, view: Rect): CoveringImage | undefined {
  const pageArea = rectArea(view);
  if (pageArea <= 0) return undefined;
  let best: CoveringImage | undefined;
  for (const image of content.images) {
    const coverage = rectArea(intersectRects(unitSquareBounds(image.ctm), view)) / pageArea;
    if (!best || coverage > best.coverage) best = { image, coverage };
  }
  return best;
}

/**
 * When a page is just one picture (nothing else visible), that picture is the
 * page and can be taken at its own resolution instead of being rendered.
 */
export function soleScanImage(content: PageContent, view: Rect): PlacedImage | undefined {
  const scan = largestImage(content, view);
  if (!scan || scan.coverage < SCAN_COVERAGE) return undefined;
  if (content.visibleGlyphs - glyphsUnder(content, scan.image) > 0) return undefined;
  if (content.vectorPaints > TRIVIAL_VECTOR_PAINTS) return undefined;
  const pageArea = rectArea(view);
  const others = content.images
    .filter((i) => i !== scan.image)
    .reduce((sum, i) => sum + rectArea(intersectRects(unitSquareBounds(i.ctm), view)) / pageArea, 0);
  return others < 0.02 ? scan.image : undefined;
}

/** Visible text painted before the scan is hidden beneath it (some OCR tools put their layer there). */
function glyphsUnder(content: PageContent, image: PlacedImage): number {
  return content.lastVisibleTextSequence >= 0 && content.lastVisibleTextSequence < image.sequence ? content.visibleGlyphs : 0;
}
