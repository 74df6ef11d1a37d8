import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RasterImage } from '../domain/index.ts';
import { budgetScale, type PixelBudget } from './pixel-budget.ts';

interface CanvasAndContext {
  canvas: unknown;
  context: { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}
/** pdfjs's own canvas factory: it loads the @napi-rs/canvas copy pdfjs was built against (two copies segfault). */
export interface CanvasFactory {
  create(width: number, height: number): CanvasAndContext;
  destroy(canvasAndContext: CanvasAndContext): void;
}

/** Renders the page at `dpi` (lowered to fit the pixel budget) into RGB pixels on white. */
export async function renderPage(
  page: PDFPageProxy,
  canvasFactory: CanvasFactory,
  dpi: number,
  budget: PixelBudget,
  pageNumber: number,
): Promise<RasterImage> {
  const natural = page.getViewport({ scale: dpi / 72 });
  const scale = budgetScale(pageNumber, natural.width, natural.height, budget);
  const viewport = scale < 1 ? page.getViewport({ scale: (dpi * scale) / 72 }) : natural;
  const width = Math.max(1, Math.floor(viewport.width));
  const height = Math.max(1, Math.floor(viewport.height));
  const target = canvasFactory.create(width, height);
  try {
    target.context.fillStyle = '#ffffff';
    target.context.fillRect(0, 0, width, height);
    await page.render({ canvas: null, canvasContext: target.context as never, viewport, background: '#ffffff' } as never).promise;
    const rgba = target.context.getImageData(0, 0, width, height).data;
    const rgb = new Uint8Array(width * height * 3);
    for (let i = 0, j = 0; j < rgb.length; i += 4, j += 3) {
      rgb[j] = rgba[i]!;
      rgb[j + 1] = rgba[i + 1]!;
      rgb[j + 2] = rgba[i + 2]!;
    }
    return { width, height, channels: 3, data: rgb, dpi: (width / natural.width) * dpi };
  } finally {
    canvasFactory.destroy(target);
  }
}
