// The only module that knows tesseract.js and the shape of its results.
import Tesseract from 'tesseract.js';
import type { Line, RasterImage } from '../domain/index.ts';
import { MinutesError } from '../errors/index.ts';
import { resolveLanguageData, type LanguageData } from './language-data.ts';
import { encodePnm } from './pnm.ts';
import { parseTesseractTsv } from './tesseract-tsv.ts';

const { createWorker, OEM } = Tesseract;

/** What one recognition gives back, already in our model. */
export interface RecognisedText {
  lines: Line[];
  /** tesseract's mean text confidence, 0..1. */
  meanConfidence: number;
}

export interface TextRecogniser {
  recognise(image: RasterImage): Promise<RecognisedText>;
  terminate(): Promise<void>;
  /** Resident memory in MB of the process it runs in, when that process is its own. */
  residentMb?(): number;
}

/** Starts one LSTM worker with automatic page segmentation (PSM 3). */
export async function startTextRecogniser(languages: string): Promise<TextRecogniser> {
  const data: LanguageData = resolveLanguageData(languages);
  const worker = await createWorker(data.languages, OEM.LSTM_ONLY, {
    langPath: data.langPath,
    gzip: true,
    cacheMethod: 'none',
  }).catch((error: unknown) => {
    throw new MinutesError('OCR_FAILED', `could not start the OCR engine: ${String(error)}`, { cause: error });
  });
  // PSM 3 (automatic layout) instead of tesseract.js's PSM 6: label columns and tables stay apart.
  // tesseract's own diagnostics ("Detected 120 diacritics") would land on stderr between our JSON log lines.
  await worker.setParameters({ tessedit_pageseg_mode: Tesseract.PSM.AUTO, debug_file: '/dev/null' });
  let dpi = 0;
  return {
    async recognise(image) {
      // PNM carries no resolution; without it tesseract assumes 70 dpi and sizes its filters wrongly.
      if (image.dpi !== dpi) {
        await worker.setParameters({ user_defined_dpi: String(Math.round(image.dpi)) });
        dpi = image.dpi;
      }
      const result = await worker
        // TSV, not the block tree: tesseract writes it in C++, where building the tree of every
        // symbol in JavaScript cost about a tenth of the page's CPU (8 fixture pages: 17.2 → 15.7 s).
        .recognize(Buffer.from(encodePnm(image)), {}, { tsv: true, text: false })
        .catch((error: unknown) => {
          throw new MinutesError('OCR_FAILED', `OCR failed: ${String(error)}`, { cause: error });
        });
      return { lines: parseTesseractTsv(result.data.tsv ?? '').lines, meanConfidence: result.data.confidence / 100 };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

/** Clockwise degrees that turn the scan upright, with tesseract's OSD confidence. */
export interface OrientationGuess {
  degrees: 0 | 90 | 180 | 270;
  confidence: number;
}

export interface OrientationDetector {
  /** null when the page has too little text to decide. */
  detect(image: RasterImage): Promise<OrientationGuess | null>;
  terminate(): Promise<void>;
}

/** Starts a legacy-engine worker with tesseract's orientation model (osd), which LSTM-only workers lack. */
export async function startOrientationDetector(): Promise<OrientationDetector> {
  const data = resolveLanguageData('osd', '4.0.0');
  const worker = await createWorker(data.languages, OEM.TESSERACT_ONLY, {
    langPath: data.langPath,
    gzip: true,
    cacheMethod: 'none',
    legacyCore: true,
    legacyLang: true,
  }).catch((error: unknown) => {
    throw new MinutesError('OCR_FAILED', `could not start orientation detection: ${String(error)}`, { cause: error });
  });
  let dpi = 0;
  return {
    async detect(image) {
      if (image.dpi !== dpi) {
        await worker.setParameters({ user_defined_dpi: String(Math.round(image.dpi)) });
        dpi = image.dpi;
      }
      const { data: osd } = await worker.detect(Buffer.from(encodePnm(image))).catch((error: unknown) => {
        throw new MinutesError('OCR_FAILED', `orientation detection failed: ${String(error)}`, { cause: error });
      });
      const degrees = osd.orientation_degrees;
      if (degrees !== 0 && degrees !== 90 && degrees !== 180 && degrees !== 270) return null;
      // Measured: a scan turned 90° clockwise reports 270, the clockwise turn that makes it upright.
      return { degrees, confidence: osd.orientation_confidence ?? 0 };
    },
    async terminate() {
      await worker.terminate();
    },
  };
}
