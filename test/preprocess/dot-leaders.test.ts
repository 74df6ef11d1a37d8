import { describe, expect, it } from 'vitest';
import type { RasterImage } from '../../src/domain/index.ts';
import { eraseDotLeaders, labelInk } from '../../src/preprocess/dot-leaders.ts';
import { preprocessPage } from '../../src/preprocess/index.ts';
import { renderTextPage } from '../helpers/synthetic-scan.ts';

const SIZE = 46;
const LINES = [
  'Justeras:',
  '…………………………………………',
  'Ingvar Lövgren, ordförande',
  'Ordförande .......................... Justerare ..........................',
  'Mötet avslutades kl. 16.30. Nästa möte i Växjö… Det är tillåtet.',
  'Sekreterare . . . . . . . . . . . . . . . .',
];

/** Dark pixels in the band of text line `line` (as renderTextPage lays lines out). */
function inkInLine(image: RasterImage, line: number, x0 = 0, x1 = image.width): number {
  const baseline = 200 + line * SIZE * 1.6;
  let ink = 0;
  for (let y = Math.round(baseline - SIZE); y < Math.round(baseline + SIZE * 0.4); y++) {
    for (let x = x0; x < x1; x++) if ((image.data[y * image.width + x] ?? 255) < 128) ink++;
  }
  return ink;
}

describe('eraseDotLeaders', () => {
  it('labels separate blobs as separate components and joins diagonal neighbours', () => {
    // Two pixels touching at a corner, and one apart.
    const data = new Uint8Array([0, 255, 255, 255, 255, 0, 255, 0, 255, 255, 255, 255]);
    const components = labelInk({ width: 4, height: 3, channels: 1, data, dpi: 300 }, 128);
    expect(components.map((c) => c.area).sort()).toEqual([1, 2]);
  });

  it('erases dotted, ellipsis and spaced-dot leader lines but keeps the text beside them', async () => {
    const page = await renderTextPage({ lines: LINES, width: 2200, height: 1400, fontSizePx: SIZE });
    const result = eraseDotLeaders(page);
    expect(result.leaders).toBeGreaterThanOrEqual(4);
    expect(inkInLine(page, 1)).toBeGreaterThan(0);
    expect(inkInLine(result.image, 1)).toBe(0);
    expect(inkInLine(result.image, 5, 600)).toBe(0);
    // "Ordförande" and "Justerare" stay, their dots go.
    expect(inkInLine(result.image, 3)).toBeGreaterThan(0);
    expect(inkInLine(result.image, 3)).toBeLessThan(inkInLine(page, 3) * 0.8);
  });

  it("keeps a sentence's periods, an ellipsis, decimal points and the dots of ä, ö and i", async () => {
    const page = await renderTextPage({ lines: LINES, width: 2200, height: 1400, fontSizePx: SIZE });
    const result = eraseDotLeaders(page);
    for (const line of [0, 2, 4]) expect(inkInLine(result.image, line)).toBe(inkInLine(page, line));
  });

  it('returns the page untouched when it has no leader', async () => {
    const page = await renderTextPage({ lines: [LINES[2]!, LINES[4]!, 'Punkterna 1. 2. 3. 4. 5. 6. 7. 8. 9. gäller.'], width: 2200, height: 700 });
    const result = eraseDotLeaders(page);
    expect(result.leaders).toBe(0);
    expect(result.image).toBe(page);
  });

  it('runs inside preprocessPage', async () => {
    const page = await renderTextPage({ lines: LINES, width: 2200, height: 1400, fontSizePx: SIZE });
    // At the page's own resolution, so that the leader's row is where the test looks for it.
    expect(inkInLine(await preprocessPage(page, { ocrXHeight: 0 }), 1)).toBe(0);
  });
});
