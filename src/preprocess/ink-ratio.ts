import type { RasterImage } from '../domain/index.ts';

/**
 * Below this share of inked cells a page counts as blank. A single short line
 * ("Justerare: Göran Ek") measures 0.1 %, scattered specks under 0.005 %.
 */
export const BLANK_INK_RATIO = 0.0002;

/**
 * Fraction of the page covered by ink, 0..1, measured on cells of about 1/75 inch.
 * Averaging a cell first makes isolated scanner specks and grain too faint to count,
 * while a text stroke (several pixels wide at 300 dpi) still darkens its cell.
 */
export function inkRatio(image: RasterImage): number {
  // Preprocessing and the OCR stage's blank check both ask about the same pixels when
  // nothing was filtered: measured once per buffer.
  const known = measured.get(image.data);
  if (known && known.width === image.width && known.channels === image.channels && known.dpi === image.dpi) return known.ink;
  const ink = measureInk(image);
  measured.set(image.data, { width: image.width, channels: image.channels, dpi: image.dpi, ink });
  return ink;
}

const measured = new WeakMap<Uint8Array, { width: number; channels: number; dpi: number; ink: number }>();

function measureInk(image: RasterImage): number {
  const cell = Math.max(1, Math.round(image.dpi / 75));
  const columns = Math.floor(image.width / cell);
  const rows = Math.floor(image.height / cell);
  if (columns === 0 || rows === 0) return 0;
  const means = new Uint8Array(columns * rows);
  const histogram = new Uint32Array(256);
  const { data, channels, width } = image;
  const area = cell * cell;
  // Row by row through memory (cell columns summed side by side), not cell by cell down the page.
  const sums = new Uint32Array(columns);
  for (let row = 0; row < rows; row++) {
    sums.fill(0);
    for (let dy = 0; dy < cell; dy++) {
      let offset = (row * cell + dy) * width * channels;
      for (let column = 0; column < columns; column++) {
        let sum = 0;
        for (let dx = 0; dx < cell; dx++, offset += channels) sum += data[offset]!;
        sums[column]! += sum;
      }
    }
    for (let column = 0; column < columns; column++) {
      const mean = Math.round(sums[column]! / area);
      means[row * columns + column] = mean;
      histogram[mean]!++;
    }
  }
  // Paper is the bright end of the histogram; ink is anything far darker than that paper.
  const paper = percentile(histogram, means.length, 0.9);
  const threshold = paper * 0.55;
  let ink = 0;
  for (const mean of means) if (mean < threshold) ink++;
  return ink / means.length;
}

function percentile(histogram: Uint32Array, total: number, fraction: number): number {
  const target = total * fraction;
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value] ?? 0;
    if (seen >= target) return value;
  }
  return 255;
}
