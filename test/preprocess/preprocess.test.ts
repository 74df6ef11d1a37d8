import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type RasterImage } from '../../src/domain/index.ts';
import { startTextRecogniser, type TextRecogniser } from '../../src/ocr/tesseract-engine.ts';
import { binarise, otsuThreshold } from '../../src/preprocess/binarise.ts';
import { toGrayscale } from '../../src/preprocess/grayscale.ts';
import { planPreprocessing, preprocessPage } from '../../src/preprocess/index.ts';
import { BLANK_INK_RATIO, inkRatio } from '../../src/preprocess/ink-ratio.ts';
import { medianFilter } from '../../src/preprocess/median-filter.ts';
import { noiseLevel } from '../../src/preprocess/noise-level.ts';
import { strokeWidth } from '../../src/preprocess/stroke-width.ts';
import { characterErrorRate } from '../../src/text/character-error-rate.ts';
import { blankPage, degrade, renderTextPage, SWEDISH_MINUTES_LINES } from '../helpers/synthetic-scan.ts';

const LINES = SWEDISH_MINUTES_LINES.slice(6, 12);
const HEAVY = { grain: 25, speckDensity: 0.002, blur: 0.8, jpegQuality: 60, seed: 3 };

describe('preprocessing building blocks', () => {
  it('turns RGB into one luma channel', () => {
    const rgb: RasterImage = { width: 2, height: 1, channels: 3, data: new Uint8Array([255, 0, 0, 255, 255, 255]), dpi: 300 };
    const gray = toGrayscale(rgb);
    expect(gray.channels).toBe(1);
    expect([...gray.data]).toEqual([76, 255]);
  });

  it('puts the Otsu threshold between ink and paper', () => {
    const data = new Uint8Array(100).map((_, i) => (i < 20 ? 30 + (i % 5) : 230 - (i % 7)));
    const image: RasterImage = { width: 100, height: 1, channels: 1, data, dpi: 300 };
    const threshold = otsuThreshold(image);
    expect(threshold).toBeGreaterThanOrEqual(34);
    expect(threshold).toBeLessThan(224);
    expect(new Set(binarise(image).data)).toEqual(new Set([0, 255]));
  });

  it('rates a clean render as quiet and a grainy, speckled one as noisy', async () => {
    const clean = await renderTextPage({ lines: LINES, width: 1400, height: 600 });
    const noisy = await degrade(clean, HEAVY);
    expect(noiseLevel(clean)).toBeLessThan(0.5);
    expect(noiseLevel(noisy)).toBeGreaterThan(3);
  });

  it('measures thicker strokes for larger type', async () => {
    const small = binarise(await renderTextPage({ lines: LINES, width: 1400, height: 600, fontSizePx: 28 }));
    const large = binarise(await renderTextPage({ lines: LINES, width: 1400, height: 600, fontSizePx: 56 }));
    expect(strokeWidth(small)).toBeGreaterThanOrEqual(2);
    expect(strokeWidth(large)).toBeGreaterThan(strokeWidth(small));
  });
});

describe('preprocessPage', () => {
  it('keeps a sparse page of thin type unfiltered when the median would leave it blank', async () => {
    // Two short lines of small type on a grainy 150 dpi scan: the strokes are about as wide as the median's window.
    const sparse = await degrade(await renderTextPage({ lines: SWEDISH_MINUTES_LINES.slice(0, 2), width: 1240, height: 1754, dpi: 150, fontSizePx: 12 }), {
      grain: 8,
      blur: 0,
      jpegQuality: 70,
      seed: 5,
    });
    const plan = planPreprocessing(sparse);
    expect(plan.ink).toBeGreaterThan(BLANK_INK_RATIO);
    expect(plan.medianSize).toBeGreaterThan(0);
    expect(inkRatio(await medianFilter(sparse, plan.medianSize))).toBeLessThan(BLANK_INK_RATIO);
    const out = await preprocessPage(sparse, { ocrXHeight: 0 });
    expect(inkRatio(out)).toBeGreaterThan(BLANK_INK_RATIO);
  });

  it('treats a clean page gently: gray, at most a 3×3 median', async () => {
    const clean = await renderTextPage({ lines: LINES, width: 1400, height: 600 });
    expect(planPreprocessing(clean).medianSize).toBeLessThanOrEqual(3);
    const out = await preprocessPage(clean, { ocrXHeight: 0 });
    expect(out.channels).toBe(1);
    expect([out.width, out.height]).toEqual([clean.width, clean.height]);
  });

  it('never uses a median window that would erase thin strokes', async () => {
    const thin = await degrade(await renderTextPage({ lines: LINES, width: 1400, height: 600, fontSizePx: 22 }), HEAVY);
    const plan = planPreprocessing(thin);
    expect(plan.medianSize).toBeLessThanOrEqual(2 * plan.stroke - 1);
  });

  describe('on a heavily speckled scan', () => {
    let recogniser: TextRecogniser;
    let noisy: RasterImage;
    beforeAll(async () => {
      recogniser = await startTextRecogniser('swe');
      noisy = await degrade(await renderTextPage({ lines: LINES, width: 1800, height: 650 }), HEAVY);
    });
    afterAll(async () => {
      await recogniser?.terminate();
    });

    it('lowers the OCR character error rate', async () => {
      const reference = LINES.join('\n');
      const read = async (image: RasterImage) =>
        characterErrorRate(reference, pageText({ number: 1, width: 0, height: 0, source: 'ocr', rotation: 0, notes: [], lines: (await recogniser.recognise(image)).lines }));
      const raw = await read(noisy);
      const cleaned = await read(await preprocessPage(noisy));
      expect(cleaned).toBeLessThan(0.04);
      expect(cleaned).toBeLessThan(raw);
    });
  });
});

describe('preprocessPage on a blank page', () => {
  it('keeps a grainy, speckled blank page blank instead of thresholding its grain into ink', async () => {
    const scan = await degrade(blankPage(1400, 900, 300), { grain: 25, jpegQuality: 60 });
    expect(inkRatio(await preprocessPage(scan))).toBeLessThan(BLANK_INK_RATIO);
  });
});
