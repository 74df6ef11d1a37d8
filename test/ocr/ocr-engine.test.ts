import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type RasterImage } from '../../src/domain/index.ts';
import { isMinutesError } from '../../src/errors/index.ts';
import { createOcrEngine, type OcrEngine } from '../../src/ocr/index.ts';
import { characterErrorRate } from '../../src/text/character-error-rate.ts';
import { blankPage, renderTextPage, rotateClockwise, SWEDISH_MINUTES_LINES } from '../helpers/synthetic-scan.ts';

// Small pages keep this suite to a few seconds of OCR.
const LINES = SWEDISH_MINUTES_LINES.slice(0, 6);
const REFERENCE = LINES.join('\n');

describe('OCR engine (tesseract.js, Swedish)', () => {
  let engine: OcrEngine;
  let upright: RasterImage;

  beforeAll(async () => {
    engine = await createOcrEngine({ language: 'swe', workers: 2, recycleWorkerAfterPages: 50 });
    upright = await renderTextPage({ lines: LINES, width: 1800, height: 700 });
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('reads a rendered Swedish page with å, ä and ö, with every box inside the image', async () => {
    const { page, image } = await engine.recognise(upright, 3);
    expect(page.number).toBe(3);
    expect(page.source).toBe('ocr');
    expect(characterErrorRate(REFERENCE, pageText(page))).toBeLessThan(0.03);
    const words = page.lines.flatMap((line) => line.words.map((w) => w.text));
    expect(words).toEqual(expect.arrayContaining(['Sjöström,', 'Åsa', 'nätverksmöte', 'Södertälje,']));
    for (const word of page.lines.flatMap((line) => line.words)) {
      expect(word.bbox.x0).toBeGreaterThanOrEqual(0);
      expect(word.bbox.y0).toBeGreaterThanOrEqual(0);
      expect(word.bbox.x1).toBeLessThanOrEqual(image.width);
      expect(word.bbox.y1).toBeLessThanOrEqual(image.height);
      expect(word.confidence).toBeGreaterThan(0);
      expect(word.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('skips OCR on a blank, speckled page and says why', async () => {
    const { page } = await engine.recognise(blankPage(1800, 700, 400), 2);
    expect(page.source).toBe('blank');
    expect(page.lines).toEqual([]);
    expect(page.notes.join()).toMatch(/blank page: skipped OCR \(ink \d/);
  });

  it('turns pages scanned at 90°, 180° and 270° upright, several at once, as accurately as upright', async () => {
    const uprightCer = characterErrorRate(REFERENCE, pageText((await engine.recognise(upright, 1)).page));
    const turns = [90, 180, 270] as const;
    const scans = await Promise.all(turns.map((degrees) => rotateClockwise(upright, degrees)));
    const results = await Promise.all(scans.map((scan, i) => engine.recognise(scan, i + 1)));
    results.forEach(({ page, image }, i) => {
      expect(page.number).toBe(i + 1);
      expect((page.rotation + (turns[i] ?? 0)) % 360).toBe(0);
      expect(page.notes.join()).toMatch(/rotated \d+°/);
      expect([image.width, image.height]).toEqual([upright.width, upright.height]);
      expect(characterErrorRate(REFERENCE, pageText(page))).toBeLessThanOrEqual(uprightCer + 0.02);
    });
  });

  it('refuses a language whose model is not installed, before starting any worker', async () => {
    const failure = await createOcrEngine({ language: 'klingon', workers: 1, recycleWorkerAfterPages: 1 }).catch((e: unknown) => e);
    expect(isMinutesError(failure) && failure.code).toBe('MISSING_MODEL');
  });
});
