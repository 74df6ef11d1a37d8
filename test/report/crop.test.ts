import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { RasterImage } from '../../src/domain/index.ts';
import { cropRegion, cropWord, MAX_CROP_HEIGHT } from '../../src/report/crop.ts';
import { renderPage } from './fixture-batch.ts';

function blankPage(width: number, height: number, channels: 1 | 3 | 4): RasterImage {
  return { width, height, channels, data: new Uint8Array(width * height * channels).fill(255), dpi: 300 };
}

describe('cropWord', () => {
  it('cuts a rendered word into an image of a few hundred bytes that keeps the word and a margin', async () => {
    const page = await renderPage(['Protokoll fört vid sammanträde']);
    const bbox = { x0: 24, y0: 30, x1: 200, y1: 62 };
    const crop = await cropWord(page, bbox);
    expect(['image/webp', 'image/png']).toContain(crop.mime);
    expect(crop.data.length).toBeGreaterThan(50);
    expect(crop.data.length).toBeLessThan(4000);
    const meta = await sharp(crop.data).metadata();
    expect(meta.width).toBeGreaterThan(bbox.x1 - bbox.x0);
    expect(meta.height).toBeGreaterThan(bbox.y1 - bbox.y0);
    const stats = await sharp(crop.data).stats();
    // Dark ink must be in the crop: the word is really there.
    expect(stats.channels[0]!.min).toBeLessThan(100);
  });

  it('downscales a tall word to at most MAX_CROP_HEIGHT pixels', async () => {
    const crop = await cropWord(blankPage(2000, 1000, 3), { x0: 100, y0: 100, x1: 900, y1: 500 });
    const meta = await sharp(crop.data).metadata();
    expect(meta.height).toBeLessThanOrEqual(MAX_CROP_HEIGHT);
  });

  it('accepts RGBA pages', async () => {
    const crop = await cropWord(blankPage(300, 100, 4), { x0: 10, y0: 10, x1: 80, y1: 40 });
    expect((await sharp(crop.data).metadata()).width).toBeGreaterThan(70);
  });

  it('clamps a box that runs off the page and never returns an empty region', () => {
    expect(cropRegion({ width: 100, height: 50 }, { x0: 90, y0: 40, x1: 140, y1: 80 })).toEqual({
      left: 77,
      top: 27,
      width: 23,
      height: 23,
    });
    const degenerate = cropRegion({ width: 100, height: 50 }, { x0: 120, y0: 70, x1: 120, y1: 70 });
    expect(degenerate.width).toBeGreaterThanOrEqual(1);
    expect(degenerate.height).toBeGreaterThanOrEqual(1);
    expect(degenerate.left + degenerate.width).toBeLessThanOrEqual(100);
  });
});
