import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type RasterImage } from '../../src/domain/index.ts';
import { createOcrEngine, type OcrEngine } from '../../src/ocr/index.ts';
import { nativeTesseractVersion } from '../../src/ocr/native-tesseract.ts';
import { characterErrorRate } from '../../src/text/character-error-rate.ts';
import { renderTextPage, SWEDISH_MINUTES_LINES } from '../helpers/synthetic-scan.ts';

const hasNative = nativeTesseractVersion() !== null;
if (!hasNative) console.warn('native tesseract not installed: skipping the engine comparison');

describe.skipIf(!hasNative)('native engine beside tesseract.js', () => {
  let wasm: OcrEngine;
  let native: OcrEngine;
  let image: RasterImage;
  beforeAll(async () => {
    [wasm, native] = await Promise.all([
      createOcrEngine({ language: 'swe', workers: 1, recycleWorkerAfterPages: 50, engine: 'tesseract.js' }),
      createOcrEngine({ language: 'swe', workers: 1, recycleWorkerAfterPages: 50, engine: 'native' }),
    ]);
    image = await renderTextPage({ lines: SWEDISH_MINUTES_LINES.slice(0, 6), width: 1800, height: 700 });
  });
  afterAll(async () => {
    await Promise.all([wasm?.close(), native?.close()]);
  });

  it('reads the same text as tesseract.js, because it loads the same model file', async () => {
    const [a, b] = await Promise.all([wasm.recognise(image, 1), native.recognise(image, 1)]);
    expect(characterErrorRate(pageText(a.page), pageText(b.page))).toBeLessThan(0.005);
    expect(b.page.lines.length).toBe(a.page.lines.length);
  });
});
