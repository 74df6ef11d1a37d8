import { availableParallelism, homedir } from 'node:os';
import { join } from 'node:path';

export type OcrMode = 'auto' | 'always' | 'never';
export type OcrEngineKind = 'auto' | 'tesseract.js' | 'native';
export type OcrIsolation = 'process' | 'thread';

/** Every tunable of the pipeline, in one place. Defaults are merged once by `resolveConfig`. */
export interface MinutesConfig {
  /**
   * When to OCR: `auto` OCRs scanned pages and uses a born-digital text layer;
   * `always` ignores text layers; `never` repairs the existing text layer only.
   * @defaultValue 'auto'
   */
  ocr: OcrMode;
  /** @defaultValue one per CPU core */
  ocrWorkers: number;
  /**
   * OCR engine: `tesseract.js` (WebAssembly, needs nothing but Node), `native` (an
   * installed tesseract binary fed the same model file: same text, faster), or
   * `auto` (native when installed, else tesseract.js).
   * @defaultValue $MINUTES_OCR_ENGINE, else 'tesseract.js'
   */
  ocrEngine: OcrEngineKind;
  /**
   * Where tesseract.js workers run: `process` (a child process each, so the memory
   * of the engine is bounded per process and given back on recycling) or `thread`.
   * @defaultValue $MINUTES_OCR_ISOLATION, else 'process'
   */
  ocrIsolation: OcrIsolation;
  /** tesseract.js language(s), from @tesseract.js-data packages in node_modules. @defaultValue 'swe' */
  language: string;
  /** Resolution used to render pages that are not a single embedded image. @defaultValue 300 */
  renderDpi: number;
  /** Largest page accepted, in pixels; larger pages are downscaled to fit. @defaultValue 60_000_000 */
  maxPagePixels: number;
  /** Pages above this many pixels are refused outright rather than downscaled. @defaultValue 400_000_000 */
  refusePagePixels: number;
  /** Time allowed for one page through rasterise + OCR. @defaultValue 120_000 */
  pageTimeoutMs: number;
  /** Corrections below this confidence are flagged, not applied. @defaultValue 0.8 */
  repairThreshold: number;
  /** Extra dictionaries (one word per line, see dictionaries/README.md). @defaultValue [] */
  dictionaries: string[];
  /**
   * The learned dictionary that `minutes review` fills with accepted and edited
   * pairs, and that `import` and `repair` load when it exists.
   * @defaultValue $MINUTES_LEARNED_DICTIONARY, else ~/.local/share/minutes/learned-dictionary.tsv
   */
  learnedDictionary: string;
  /** Password for encrypted PDFs. */
  password?: string;
  /** Recycle an OCR worker after this many pages to bound memory. @defaultValue 200 */
  recycleWorkerAfterPages: number;
  /** Recycle an OCR process before its next page when it has grown past this many MB. @defaultValue 600 */
  recycleWorkerAboveMb: number;
}

export const defaultConfig: Readonly<MinutesConfig> = Object.freeze({
  ocr: 'auto',
  ocrWorkers: Math.max(1, availableParallelism()),
  ocrEngine: parseEngine(process.env.MINUTES_OCR_ENGINE),
  ocrIsolation: process.env.MINUTES_OCR_ISOLATION === 'thread' ? 'thread' : 'process',
  language: 'swe',
  renderDpi: 300,
  maxPagePixels: 60_000_000,
  refusePagePixels: 400_000_000,
  pageTimeoutMs: 120_000,
  repairThreshold: 0.8,
  dictionaries: [],
  recycleWorkerAfterPages: 200,
  recycleWorkerAboveMb: 600,
  learnedDictionary:
    process.env.MINUTES_LEARNED_DICTIONARY ?? join(homedir(), '.local', 'share', 'minutes', 'learned-dictionary.tsv'),
});

function parseEngine(value: string | undefined): OcrEngineKind {
  return value === 'native' || value === 'auto' ? value : 'tesseract.js';
}

export function resolveConfig(overrides: Partial<MinutesConfig> = {}): MinutesConfig {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...defaultConfig, ...defined, dictionaries: [...(overrides.dictionaries ?? defaultConfig.dictionaries)] };
}
