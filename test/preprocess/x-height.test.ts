import { describe, expect, it } from 'vitest';
import { preprocessPage } from '../../src/preprocess/index.ts';
import { xHeight } from '../../src/preprocess/x-height.ts';
import { blankPage, degrade, renderTextPage, SWEDISH_MINUTES_LINES } from '../helpers/synthetic-scan.ts';

const LINES = SWEDISH_MINUTES_LINES.slice(0, 14);
// DejaVu Sans, the helper's font, has an x-height of 0.545 em.
const DEJAVU_X = 0.545;

describe('xHeight', () => {
  it('measures the body text x-height of a page within a pixel or two', async () => {
    for (const size of [30, 46]) {
      const page = await renderTextPage({ lines: LINES, width: 2000, height: 1800, fontSizePx: size });
      expect(Math.abs(xHeight(page) - size * DEJAVU_X)).toBeLessThanOrEqual(2);
    }
  });

  it('doubles when the type doubles, through scanner grain and blur', async () => {
    const grain = { grain: 12, speckDensity: 0.0005, blur: 0.6, jpegQuality: 70, seed: 5 };
    const small = xHeight(await degrade(await renderTextPage({ lines: LINES, width: 2000, height: 1800, fontSizePx: 26 }), grain));
    const large = xHeight(await degrade(await renderTextPage({ lines: LINES, width: 2000, height: 1800, fontSizePx: 52 }), grain));
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.2);
  });

  it('gives 0 for a page without text rather than a guess from specks', () => {
    expect(xHeight(blankPage(1654, 2339, 400))).toBe(0);
  });
});

describe('preprocessPage: resolution for OCR', () => {
  it('scales a page with large body text down to the x-height tesseract needs', async () => {
    const page = await renderTextPage({ lines: LINES, width: 2000, height: 1800, fontSizePx: 46 });
    const out = await preprocessPage(page, { ocrXHeight: 16 });
    expect(out.dpi).toBeLessThan(page.dpi);
    expect(out.width).toBeLessThan(page.width);
    expect(Math.abs(xHeight(out) - 16)).toBeLessThanOrEqual(2);
  });

  it('keeps a page whose text is already small at its own resolution', async () => {
    const page = await renderTextPage({ lines: LINES, width: 2000, height: 1800, fontSizePx: 28, dpi: 200 });
    const out = await preprocessPage(page, { ocrXHeight: 16 });
    expect([out.width, out.height, out.dpi]).toEqual([page.width, page.height, page.dpi]);
  });

  it('never goes below the lowest resolution allowed, however large the type', async () => {
    const page = await renderTextPage({ lines: LINES.slice(0, 8), width: 2400, height: 1800, fontSizePx: 90 });
    const out = await preprocessPage(page, { ocrXHeight: 16, minOcrDpi: 150 });
    expect(out.dpi).toBeCloseTo(150, 0);
  });

  it('can be switched off', async () => {
    const page = await renderTextPage({ lines: LINES, width: 2000, height: 1800, fontSizePx: 46 });
    const out = await preprocessPage(page, { ocrXHeight: 0 });
    expect([out.width, out.dpi]).toEqual([page.width, page.dpi]);
  });
});
