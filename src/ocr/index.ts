// Stage 3: raster → Page of words with boxes and confidences.
export { createOcrEngine } from './ocr-engine.ts';
export type { OcrEngine, OcrEngineKind, OcrEngineOptions, OcrIsolation, OcrResult } from './ocr-engine.ts';
