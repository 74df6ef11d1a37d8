import type { RasterImage } from '../domain/index.ts';

/**
 * Wraps raw pixels in a binary PGM (gray) or PPM (RGB) header, which leptonica
 * reads directly. Encoding a noisy scan as PNG costs seconds per page; this is
 * one copy. Alpha is dropped because PNM has no alpha.
 */
export function encodePnm(image: RasterImage): Uint8Array {
  const pixels = image.channels === 4 ? dropAlpha(image) : image.data;
  const magic = image.channels === 1 ? 'P5' : 'P6';
  const header = new TextEncoder().encode(`${magic}\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + pixels.length);
  out.set(header, 0);
  out.set(pixels, header.length);
  return out;
}

function dropAlpha(image: RasterImage): Uint8Array {
  const count = image.width * image.height;
  const rgb = new Uint8Array(count * 3);
  for (let i = 0, j = 0; i < count; i++, j += 4) {
    rgb[i * 3] = image.data[j] ?? 255;
    rgb[i * 3 + 1] = image.data[j + 1] ?? 255;
    rgb[i * 3 + 2] = image.data[j + 2] ?? 255;
  }
  return rgb;
}
