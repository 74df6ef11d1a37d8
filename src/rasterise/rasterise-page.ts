import type { RasterImage } from '../domain/index.ts';
import { logger } from '../config/index.ts';
import { analysePage } from './analyse-page.ts';
import { soleScanImage } from './classify-page.ts';
import { imagePlacement, swapsAxes, type ImagePlacement } from './image-placement.ts';
import { jpegBytesOf } from './jpeg-stream.ts';
import type { Matrix } from './matrix.ts';
import { pdfInternals, type PdfHandle } from './open-pdf.ts';
import type { PlacedImage } from './page-content.ts';
import { toMinutesError } from './pdf-errors.ts';
import { pdfjsImagePixels } from './pdfjs-image.ts';
import { budgetScale, type PixelBudget } from './pixel-budget.ts';
import { placeOnPage, type ImageSource } from './raster-transform.ts';
import { rawDocument } from './raw-document.ts';
import { renderPage, type CanvasFactory } from './render-page.ts';
import sharp from 'sharp';

export interface RasteriseOptions extends PixelBudget {
  /** Resolution for pages that are not a single embedded image. */
  renderDpi: number;
}

/**
 * A page's pixels for OCR. A page that is one embedded image yields that image
 * at its own resolution, turned the way it is placed on the page; any other
 * page is rendered at `renderDpi`. Both are held to the pixel budget.
 */
export async function rasterisePage(pdf: PdfHandle, pageNumber: number, options: RasteriseOptions): Promise<RasterImage> {
  const { page, view, content } = await analysePage(pdf, pageNumber);
  const internals = pdfInternals(pdf);
  const canvasFactory = internals.document.canvasFactory as unknown as CanvasFactory;
  try {
    const image = soleScanImage(content, view);
    const placement = image && imagePlacement(image.ctm, page.getViewport({ scale: 1 }).transform as unknown as Matrix);
    if (image && placement) {
      budgetScale(pageNumber, image.width, image.height, options);
      const source = (await jpegSource(pdf, image)) ?? (await pdfjsImagePixels(page, image));
      if (source) return await placeOnPage(source, placement, options, pageNumber);
      // A stencil mask or an exotic colour space: let pdfjs paint it, at the scan's own resolution.
      return await renderPage(page, canvasFactory, nativeDpi(image, placement), options, pageNumber);
    }
    return await renderPage(page, canvasFactory, options.renderDpi, options, pageNumber);
  } catch (error) {
    throw toMinutesError(error);
  } finally {
    // Drops pdfjs's decoded images for this page; they can be hundreds of megabytes.
    page.cleanup();
  }
}

async function jpegSource(pdf: PdfHandle, image: PlacedImage): Promise<ImageSource | undefined> {
  if (!image.stream) return undefined;
  const doc = await rawDocument(pdfInternals(pdf));
  const bytes = doc ? jpegBytesOf(doc, image.stream) : undefined;
  if (!bytes) return undefined;
  try {
    // Header only: the JPEG's own size and channels, which can disagree with the PDF dictionary.
    const meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    if (!(meta.width && meta.height && meta.channels)) return undefined;
    return { kind: 'encoded', bytes, width: meta.width, height: meta.height, channels: meta.channels };
  } catch (error) {
    logger.debug({ err: error }, 'embedded JPEG unreadable by sharp; asking pdfjs');
    return undefined;
  }
}

function nativeDpi(image: PlacedImage, placement: ImagePlacement): number {
  const across = swapsAxes(placement) ? image.height : image.width;
  const dpi = across / (placement.widthPt / 72);
  return Number.isFinite(dpi) && dpi > 0 ? Math.min(dpi, 1200) : 300;
}
