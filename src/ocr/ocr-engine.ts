import { logger, type OcrEngineKind, type OcrIsolation } from '../config/index.ts';
import type { Page, RasterImage } from '../domain/index.ts';
import { BLANK_INK_RATIO, inkRatio } from '../preprocess/ink-ratio.ts';
import { resolveLanguageData } from './language-data.ts';
import { looksMisoriented } from './orientation.ts';
import { downscaleRaster, rotateRaster } from './raster-transform.ts';
import { dropSpeckleTokens } from './speckle-tokens.ts';
import {
  startOrientationDetector,
  startTextRecogniser,
  type OrientationDetector,
  type RecognisedText,
  type TextRecogniser,
} from './tesseract-engine.ts';
import { createWorkerPool } from './worker-pool.ts';
import { nativeTesseractVersion, startNativeRecogniser } from './native-tesseract.ts';
import { startProcessRecogniser, type ProcessRecogniser } from './recogniser-process.ts';
import { MinutesError } from '../errors/index.ts';

export interface OcrEngineOptions {
  /** tesseract language(s) from @tesseract.js-data in node_modules, e.g. "swe" or "swe+eng". */
  language: string;
  /** Recognition workers, one per core is fastest. */
  workers: number;
  /** A worker is terminated and restarted after this many pages, bounding its memory. */
  recycleWorkerAfterPages: number;
  /**
   * An OCR process (isolation 'process') that has grown past this many MB after a page is
   * restarted before the next one: one outsized page must not hold its memory for the rest of the batch.
   * @defaultValue 600
   */
  recycleWorkerAboveMb?: number;
  /**
   * Pages with less ink than this share of the page are returned blank, without OCR.
   * @defaultValue BLANK_INK_RATIO (0.02 %)
   */
  blankInkRatio?: number;
  /**
   * Which recogniser reads the text. `native` runs an installed `tesseract` binary
   * with the very same model file from node_modules (same text, about 3× less CPU);
   * `auto` uses it when one is installed and tesseract.js otherwise.
   * @defaultValue 'tesseract.js'
   */
  engine?: OcrEngineKind;
  /**
   * Where tesseract.js runs: `process` gives each worker a child process of its own
   * (its WebAssembly heap, which never shrinks, then bounds and leaves with that
   * process); `thread` runs it in a worker thread of this process.
   * @defaultValue 'process'
   */
  isolation?: OcrIsolation;
  /**
   * Check orientation when the upright reading looks wrong, and rotate.
   * @defaultValue true
   */
  detectOrientation?: boolean;
}

export type { OcrEngineKind, OcrIsolation };

export interface OcrResult {
  page: Page;
  /** The image that was OCR'd (rotated if the page was turned), so that word boxes index into it. */
  image: RasterImage;
}

/** A warm pool of OCR workers. `recognise` may be called concurrently; the pool queues. */
export interface OcrEngine {
  /**
   * Detects a blank page (skips OCR), detects orientation and rotates, then OCRs.
   * Returns the image that was actually OCR'd, so word boxes index into it.
   */
  recognise(image: RasterImage, pageNumber: number): Promise<OcrResult>;
  /**
   * OCR child processes (isolation 'process'): the highest peak RSS any of them reported, and
   * their CPU time summed, recycled ones included. Zeros when OCR runs in this process.
   */
  ocrProcessUsage(): { peakRssMb: number; cpuSeconds: number; processes: number };
  close(): Promise<void>;
}

/** The recycling limit for an OCR process's memory when the caller gives none (config's default too). */
const DEFAULT_RECYCLE_ABOVE_MB = 600;
/** Orientation is decided on a copy at this resolution: 0.2 s a page, as reliable as 300 dpi. */
const ORIENTATION_DPI = 150;
/** tesseract's OSD orientation confidence; right answers measured at 11.8–17.8, noise at 0.1–2.4. */
const MIN_ORIENTATION_CONFIDENCE = 5;

/**
 * Starts the recognition workers now (so a missing model fails before any page
 * is read) and the orientation worker on first need.
 */
export async function createOcrEngine(options: OcrEngineOptions): Promise<OcrEngine> {
  resolveLanguageData(options.language);
  resolveLanguageData('osd', '4.0.0');
  const blankInkRatio = options.blankInkRatio ?? BLANK_INK_RATIO;
  const detectOrientation = options.detectOrientation ?? true;
  const native = chooseNative(options.engine ?? 'tesseract.js');
  // The native engine always reads in child processes (the binary); tesseract.js where configured.
  const isolation: OcrIsolation = native ? 'process' : (options.isolation ?? 'process');
  const recycleAboveMb = options.recycleWorkerAboveMb ?? DEFAULT_RECYCLE_ABOVE_MB;
  logger.info({ engine: native ? 'native tesseract' : 'tesseract.js', workers: options.workers, isolation }, 'OCR engine');
  const processes: ProcessRecogniser[] = [];
  const startInProcess = async (): Promise<TextRecogniser> => {
    const recogniser = await startProcessRecogniser(options.language);
    processes.push(recogniser);
    return recogniser;
  };
  const recognisers = createWorkerPool<TextRecogniser>({
    size: options.workers,
    start: native
      ? async () => startNativeRecogniser(options.language)
      : isolation === 'process'
        ? startInProcess
        : () => startTextRecogniser(options.language),
    recycleAfterTasks: options.recycleWorkerAfterPages,
    retireWhen: (worker) => {
      const rssMb = worker.residentMb?.() ?? 0;
      if (rssMb <= recycleAboveMb) return false;
      logger.info({ rssMb, limitMb: recycleAboveMb }, 'OCR process grew past its memory limit: restarting it before the next page');
      return true;
    },
  });
  // One detector serves every recogniser: a check takes a twentieth of an OCR.
  const detectors = createWorkerPool<OrientationDetector>({
    size: 1,
    start: startOrientationDetector,
    recycleAfterTasks: options.recycleWorkerAfterPages * Math.max(1, options.workers),
  });
  try {
    await recognisers.warm();
  } catch (error) {
    await recognisers.close();
    throw error;
  }

  const read = (image: RasterImage): Promise<RecognisedText> => recognisers.run((worker) => worker.recognise(image));

  return {
    async recognise(image, pageNumber) {
      const notes: string[] = [];
      const ink = inkRatio(image);
      if (ink < blankInkRatio) {
        notes.push(`blank page: skipped OCR (ink ${formatPercent(ink)})`);
        return { page: emptyPage(pageNumber, image, notes), image };
      }

      let oriented = image;
      let rotation: 0 | 90 | 180 | 270 = 0;
      let text = await read(image);
      if (detectOrientation && looksMisoriented(text)) {
        const small = await downscaleRaster(image, ORIENTATION_DPI);
        const guess = await detectors.run((detector) => detector.detect(small));
        if (guess && guess.degrees !== 0 && guess.confidence >= MIN_ORIENTATION_CONFIDENCE) {
          const turned = await rotateRaster(image, guess.degrees);
          const turnedText = await read(turned);
          if (turnedText.meanConfidence >= text.meanConfidence - 0.05) {
            ({ oriented, rotation, text } = { oriented: turned, rotation: guess.degrees, text: turnedText });
            notes.push(
              `rotated ${guess.degrees}° (OSD confidence ${guess.confidence.toFixed(1)}, OCR confidence ${formatPercent(turnedText.meanConfidence)})`,
            );
          } else {
            notes.push(`kept upright: OSD suggested ${guess.degrees}° but that reading was worse`);
          }
        }
      }

      const { lines, dropped } = dropSpeckleTokens(text.lines);
      if (dropped > 0) notes.push(`dropped ${dropped} speckle token${dropped === 1 ? '' : 's'} (symbols only, low confidence)`);
      logger.debug({ page: pageNumber, ink, rotation, confidence: text.meanConfidence }, 'ocr done');
      return {
        page: { number: pageNumber, width: oriented.width, height: oriented.height, lines, source: 'ocr', rotation, notes },
        image: oriented,
      };
    },
    ocrProcessUsage() {
      return {
        peakRssMb: processes.reduce((peak, p) => Math.max(peak, p.usage.peakRssMb), 0),
        cpuSeconds: processes.reduce((sum, p) => sum + p.usage.cpuSeconds, 0),
        processes: processes.length,
      };
    },
    async close() {
      await Promise.all([recognisers.close(), detectors.close()]);
    },
  };
}

function chooseNative(kind: OcrEngineKind): boolean {
  if (kind === 'tesseract.js') return false;
  const available = nativeTesseractVersion() !== null;
  if (kind === 'native' && !available) {
    throw new MinutesError('MISSING_MODEL', 'native tesseract (4 or newer) not found on PATH: install tesseract-ocr or use --engine tesseract.js');
  }
  return available;
}

function emptyPage(pageNumber: number, image: RasterImage, notes: string[]): Page {
  return { number: pageNumber, width: image.width, height: image.height, lines: [], source: 'blank', rotation: 0, notes };
}

function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(2)}%`;
}
