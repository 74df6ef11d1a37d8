import type { RasterImage } from '../domain/index.ts';
import { otsuThreshold } from './binarise.ts';
import { strokeWidth } from './stroke-width.ts';

/**
 * The x-height of the page's body text in pixels (the height of a, n, u), or 0
 * when the page holds too little text to tell. Read from vertical ink runs along
 * sampled columns: the stems of x-height letters (n, m, u, r, i, a) are the
 * commonest run taller than a stroke is thick, ahead of ascenders, capitals and
 * descenders; horizontal bars (the tops of o and e) are only a stroke tall and
 * are left out by the lower bound. Expects a gray raster.
 */
export function xHeight(gray: RasterImage, stride = 2): number {
  if (gray.channels !== 1) throw new Error('xHeight expects a 1-channel raster');
  const { width, height, data } = gray;
  const threshold = otsuThreshold(gray);
  const stroke = strokeWidth(gray, threshold, 4);
  if (stroke === 0) return 0;
  // Taller than half an inch is a rule, a table border or a picture, not a letter.
  const maxRun = Math.max(16, Math.round(gray.dpi / 2));
  const minRun = Math.max(3, Math.ceil(stroke * 2.5));
  const runs = new Float64Array(maxRun + 2);
  let counted = 0;
  // Row by row, with a running length per sampled column: memory is read in order, not down columns.
  const columns = Math.ceil(width / stride);
  const open = new Int32Array(columns);
  const close = (run: number): void => {
    if (run >= minRun && run <= maxRun) {
      runs[run]!++;
      counted++;
    }
  };
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let c = 0; c < columns; c++) {
      if ((data[row + c * stride] ?? 255) <= threshold) {
        open[c]!++;
      } else if (open[c]! > 0) {
        close(open[c]!);
        open[c] = 0;
      }
    }
  }
  for (let c = 0; c < columns; c++) close(open[c]!);
  // A few dozen stems are not a page of text: a signature, a stamp, a logo.
  if (counted < 200) return 0;
  // The mode of a lightly smoothed histogram: a stem is read one pixel taller or shorter by skew and blur.
  let best = 0;
  let bestCount = 0;
  for (let run = minRun; run <= maxRun; run++) {
    const smoothed = (runs[run - 1] ?? 0) + 2 * (runs[run] ?? 0) + (runs[run + 1] ?? 0);
    if (smoothed > bestCount) {
      bestCount = smoothed;
      best = run;
    }
  }
  return best;
}
