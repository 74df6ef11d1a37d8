// Stage 3: raster → Page of words with boxes and confidences. Stub; see the ocr helper brief.
import type { Page, RasterImage } from '../domain/index.ts';

export interface OcrEngineOptions {
  language: string;
  workers: number;
  recycleWorkerAfterPages: number;
}

export interface OcrResult {
  page: Page;
  image: RasterImage;
}

/** A warm pool of OCR workers. `recognise` may be called concurrently; the pool queues. */
export interface OcrEngine {
  /**
   * Detects a blank page (skips OCR), detects orientation and rotates, then OCRs.
   * Returns the image that was actually OCR'd, so word boxes index into it.
   */
  recognise(image: RasterImage, pageNumber: number): Promise<OcrResult>;
  close(): Promise<void>;
}

export async function createOcrEngine(_options: OcrEngineOptions): Promise<OcrEngine> {
  throw new Error('not implemented');
}
