import type { Correction, Page, RasterImage } from '../domain/index.ts';
import { MinutesError } from '../errors/index.ts';
import { orderVisualLines } from '../layout/visual-lines.ts';
import { preprocessPage } from '../preprocess/index.ts';
import { classifyPage, extractTextLayer, rasterisePage, type PdfHandle } from '../rasterise/index.ts';
import { cropWord, type WordCrop } from '../report/crop.ts';
import { repairPage } from '../repair/index.ts';
import type { PipelineContext } from './context.ts';

/** Everything one page contributes to its document. Small enough to travel as a queue job's return value. */
export interface PageResult {
  page: Page;
  corrections: Correction[];
  unknownWords: number;
  crops: WordCrop[];
}

/**
 * One page through the per-page stages, top to bottom:
 * classify → (text layer | rasterise → preprocess → ocr) → repair → crop.
 * Each decision is logged with its reason and kept in `page.notes`.
 */
export async function processPage(pdf: PdfHandle, pageNumber: number, ctx: PipelineContext): Promise<PageResult> {
  const { config, log, timings } = ctx;
  const kind = await classifyPage(pdf, pageNumber);
  const useTextLayer =
    config.ocr === 'never' || (config.ocr === 'auto' && (kind === 'born-digital' || kind === 'empty'));

  let page: Page;
  let image: RasterImage | null = null;
  if (useTextLayer) {
    page = await extractTextLayer(pdf, pageNumber);
    const why =
      config.ocr === 'never' ? 'OCR disabled (--ocr never): using the text layer' : `${kind} page: using its text layer, no OCR`;
    page.notes.push(why);
    log.info({ page: pageNumber, kind, decision: 'text-layer' }, why);
  } else {
    const why =
      kind === 'scanned-with-text-layer'
        ? 'scanned page with an old text layer: OCR again with the Swedish model'
        : `${kind} page: OCR`;
    log.info({ page: pageNumber, kind, decision: 'ocr' }, why);
    const raster = await withTimeout(
      timings.time('rasterise', () => rasterisePage(pdf, pageNumber, config)),
      config.pageTimeoutMs,
      `page ${pageNumber} took longer than ${config.pageTimeoutMs / 1000} s to rasterise`,
    );
    const cleaned = await timings.time('preprocess', () => preprocessPage(raster));
    const engine = await ctx.ocrEngine();
    ({ page, image } = await withTimeout(
      timings.time('ocr', () => engine.recognise(cleaned, pageNumber)),
      config.pageTimeoutMs,
      `page ${pageNumber} took longer than ${config.pageTimeoutMs / 1000} s to OCR`,
    ));
    // Label columns read as separate blocks go back beside their values, for the text and the segmenter alike.
    page = orderVisualLines(page);
    page.notes.unshift(why);
    for (const note of page.notes.slice(1)) log.info({ page: pageNumber }, note);
  }

  const ocrPage = page;
  const repaired = await timings.time('repair', () => repairPage(ocrPage, ctx.lexicon, { threshold: config.repairThreshold }));
  timings.words += repaired.page.lines.reduce((n, l) => n + l.words.length, 0);
  let crops: WordCrop[] = [];
  if (image) {
    crops = await cropCorrections(image, repaired.corrections, 1);
  } else if (kind.startsWith('scanned') && repaired.corrections.length > 0) {
    // An archive text layer repaired without OCR: the scan is still the evidence a reviewer needs.
    const scan = await timings.time('rasterise', () => rasterisePage(pdf, pageNumber, config));
    crops = await cropCorrections(scan, repaired.corrections, scan.width / Math.max(1, page.width));
  }
  return { page: repaired.page, corrections: repaired.corrections, unknownWords: repaired.unknownWords, crops };
}

/** `scale` maps the words' page coordinates onto the image (1 when the image is the one OCR'd). */
async function cropCorrections(image: RasterImage, corrections: Correction[], scale: number): Promise<WordCrop[]> {
  const crops: WordCrop[] = [];
  for (const c of corrections) {
    if (!c.bbox) continue;
    const { x0, y0, x1, y1 } = c.bbox;
    const crop = await cropWord(image, { x0: x0 * scale, y0: y0 * scale, x1: x1 * scale, y1: y1 * scale });
    crops.push({ page: c.page, line: c.line, column: c.column, ...crop });
  }
  return crops;
}

function withTimeout<T>(work: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MinutesError('PAGE_TIMEOUT', message)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
