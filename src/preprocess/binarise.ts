import type { RasterImage } from '../domain/index.ts';

/** Otsu's global threshold: the gray level that best separates ink from paper. */
export function otsuThreshold(image: RasterImage): number {
  const histogram = new Uint32Array(256);
  const { data } = image;
  for (let i = 0; i < data.length; i++) histogram[data[i]!]!++;
  const total = data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * (histogram[v] ?? 0);
  let sumBelow = 0;
  let countBelow = 0;
  let best = 0;
  let bestVariance = -1;
  for (let v = 0; v < 256; v++) {
    countBelow += histogram[v] ?? 0;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += v * (histogram[v] ?? 0);
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const variance = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = v;
    }
  }
  return best;
}

/** Black ink on white paper, split at `threshold` (Otsu's by default). Expects a gray raster. */
export function binarise(image: RasterImage, threshold = otsuThreshold(image)): RasterImage {
  if (image.channels !== 1) throw new Error('binarise expects a 1-channel raster');
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) out[i] = (image.data[i] ?? 255) > threshold ? 255 : 0;
  return { ...image, data: out };
}
