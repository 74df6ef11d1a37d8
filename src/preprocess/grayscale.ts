import type { RasterImage } from '../domain/index.ts';

/** One 8-bit luma channel (Rec. 601 weights). Gray input is returned as is. */
export function toGrayscale(image: RasterImage): RasterImage {
  if (image.channels === 1) return image;
  const count = image.width * image.height;
  const gray = new Uint8Array(count);
  const { data, channels } = image;
  for (let i = 0, j = 0; i < count; i++, j += channels) {
    gray[i] = ((data[j] ?? 0) * 299 + (data[j + 1] ?? 0) * 587 + (data[j + 2] ?? 0) * 114 + 500) / 1000;
  }
  return { width: image.width, height: image.height, channels: 1, data: gray, dpi: image.dpi };
}
