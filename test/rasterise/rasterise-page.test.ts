import { describe, expect, it } from 'vitest';
import type { RasterImage } from '../../src/domain/index.ts';
import { MinutesError } from '../../src/errors/index.ts';
import { openPdf, rasterisePage, type RasteriseOptions } from '../../src/rasterise/index.ts';
import { imagePdf, markedImage, textPdf } from './pdf-builders.ts';

const OPTIONS: RasteriseOptions = { renderDpi: 300, maxPagePixels: 60_000_000, refusePagePixels: 400_000_000 };

async function rasterise(bytes: Uint8Array, options: RasteriseOptions = OPTIONS): Promise<RasterImage> {
  const pdf = await openPdf(bytes);
  try {
    return await rasterisePage(pdf, 1, options);
  } finally {
    await pdf.close();
  }
}

/** Which corner holds the black marker square the fixtures draw in the image's top-left. */
function markedCorner(image: RasterImage): string {
  const at = (x: number, y: number) => image.data[(y * image.width + x) * image.channels]!;
  const m = 3;
  const corners = {
    'top-left': at(m, m),
    'top-right': at(image.width - 1 - m, m),
    'bottom-left': at(m, image.height - 1 - m),
    'bottom-right': at(image.width - 1 - m, image.height - 1 - m),
  };
  const dark = Object.entries(corners).filter(([, v]) => v < 64).map(([k]) => k);
  return dark.join(',');
}

describe('rasterisePage', () => {
  it('returns an A4 300-dpi JPEG scan at its native 2480×3508 px', async () => {
    const image = await rasterise(await imagePdf(await markedImage(2480, 3508)));
    expect([image.width, image.height]).toEqual([2480, 3508]);
    expect(image.dpi).toBeCloseTo(300, 0);
    expect(markedCorner(image)).toBe('top-left');
  });

  it('keeps a 200-dpi scan at 200 dpi instead of rendering it at renderDpi', async () => {
    const image = await rasterise(await imagePdf(await markedImage(1654, 2339)));
    expect([image.width, image.height]).toEqual([1654, 2339]);
    expect(image.dpi).toBeCloseTo(200, 0);
  });

  it('keeps a grayscale JPEG as one channel', async () => {
    const image = await rasterise(await imagePdf(await markedImage(827, 1169, { gray: true })));
    expect(image.channels).toBe(1);
    expect(image.data.length).toBe(827 * 1169);
  });

  it('takes a non-JPEG (Flate) scan from pdfjs at its native size', async () => {
    const image = await rasterise(await imagePdf(await markedImage(827, 1169, { png: true }), { png: true }));
    expect([image.width, image.height]).toEqual([827, 1169]);
    expect(image.dpi).toBeCloseTo(100, 0);
    expect(markedCorner(image)).toBe('top-left');
  });

  it('turns a scan placed sideways into page orientation', async () => {
    const image = await rasterise(await imagePdf(await markedImage(1169, 827), { sideways: true }));
    expect([image.width, image.height]).toEqual([827, 1169]);
    // The image's top-left lands on the page's bottom-left when it is turned 90° anticlockwise.
    expect(markedCorner(image)).toBe('bottom-left');
  });

  it('honours /Rotate on the page', async () => {
    const image = await rasterise(await imagePdf(await markedImage(827, 1169), { pageRotation: 90 }));
    expect([image.width, image.height]).toEqual([1169, 827]);
    expect(markedCorner(image)).toBe('top-right');
  });

  it('renders a born-digital page at renderDpi', async () => {
    const image = await rasterise(await textPdf([['Minnesanteckningar från mötet']]), { ...OPTIONS, renderDpi: 100 });
    expect(image.width).toBeGreaterThanOrEqual(826);
    expect(image.width).toBeLessThanOrEqual(827);
    expect(image.dpi).toBeCloseTo(100, 0);
    expect(Array.from(image.data).some((v) => v < 128)).toBe(true);
  });

  it('renders a scan with visible text over it, so the text is not lost', async () => {
    const bytes = await imagePdf(await markedImage(620, 877), { visibleText: 'Inkom 2023-03-14 Dnr KS 2023/112' });
    const image = await rasterise(bytes, { ...OPTIONS, renderDpi: 150 });
    expect(image.dpi).toBeCloseTo(150, 0);
  });

  it('downscales a page above maxPagePixels to fit, with the dpi scaled too', async () => {
    const image = await rasterise(await imagePdf(await markedImage(2480, 3508)), { ...OPTIONS, maxPagePixels: 2_000_000 });
    expect(image.width * image.height).toBeLessThanOrEqual(2_000_000 * 1.01);
    expect(image.width / image.height).toBeCloseTo(2480 / 3508, 2);
    expect(image.dpi).toBeCloseTo((300 * image.width) / 2480, 1);
    expect(markedCorner(image)).toBe('top-left');
  });

  it('refuses a page above refusePagePixels with its size', async () => {
    const bytes = await imagePdf(await markedImage(2480, 3508));
    const error = await rasterise(bytes, { ...OPTIONS, refusePagePixels: 5_000_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MinutesError);
    expect((error as MinutesError).code).toBe('PAGE_TOO_LARGE');
    expect((error as MinutesError).message).toBe('page 1 too large (2480×3508 px)');
  });

  it('refuses a rendered page above refusePagePixels too', async () => {
    const error = await rasterise(await textPdf([['Text']]), { ...OPTIONS, renderDpi: 600, refusePagePixels: 10_000_000 }).catch((e: unknown) => e);
    expect((error as MinutesError).code).toBe('PAGE_TOO_LARGE');
  });
});
