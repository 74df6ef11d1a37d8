import type { RasterImage } from '../domain/index.ts';

/**
 * Typical horizontal thickness of ink strokes in pixels: the ink-weighted median
 * length of dark runs along sampled rows. Weighting by ink lets text, which holds
 * most of the ink, outvote specks. Ink is every pixel at or below `inkAtMost`: a
 * binarised raster (0 ink, 255 paper) as it is, or a gray one with its Otsu threshold.
 */
export function strokeWidth(image: RasterImage, inkAtMost = 127, stride = 3): number {
  const { width, height, data } = image;
  const maxRun = Math.max(8, Math.round(image.dpi / 6));
  const inkByRun = new Float64Array(maxRun + 1);
  let totalInk = 0;
  for (let y = 0; y < height; y += stride) {
    let run = 0;
    for (let x = 0; x <= width; x++) {
      const dark = x < width && (data[y * width + x] ?? 255) <= inkAtMost;
      if (dark) {
        run++;
        continue;
      }
      // Runs longer than a sixth of an inch are rules, borders or solid blocks, not strokes.
      if (run > 0 && run <= maxRun) {
        inkByRun[run] = (inkByRun[run] ?? 0) + run;
        totalInk += run;
      }
      run = 0;
    }
  }
  if (totalInk === 0) return 0;
  let seen = 0;
  for (let run = 1; run <= maxRun; run++) {
    seen += inkByRun[run] ?? 0;
    if (seen >= totalInk / 2) return run;
  }
  return maxRun;
}
