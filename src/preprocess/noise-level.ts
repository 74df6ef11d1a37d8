import type { RasterImage } from '../domain/index.ts';

/**
 * How noisy the paper is: the mean absolute difference, in gray levels, between
 * each paper pixel and the median of its 3×3 neighbourhood. Clean renders and
 * clean scans score near 0; grain and specks raise it. Sampled on every
 * `stride`-th row to stay cheap on full pages. Expects a gray raster.
 */
export function noiseLevel(image: RasterImage, stride = 4): number {
  const { width, height, data } = image;
  if (image.channels !== 1) throw new Error('noiseLevel expects a 1-channel raster');
  const window = new Uint8Array(9);
  let total = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y += stride) {
    for (let x = 1; x < width - 1; x++) {
      let k = 0;
      for (let dy = -1; dy <= 1; dy++) {
        const row = (y + dy) * width + x;
        window[k++] = data[row - 1] ?? 0;
        window[k++] = data[row] ?? 0;
        window[k++] = data[row + 1] ?? 0;
      }
      window.sort();
      const median = window[4] ?? 0;
      // Text edges also differ from their median; only paper says how noisy the scan is.
      if (median < 160) continue;
      total += Math.abs((data[y * width + x] ?? 0) - median);
      count++;
    }
  }
  return count === 0 ? 0 : total / count;
}
