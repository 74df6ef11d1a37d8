import sharp from 'sharp';
import type { BBox, RasterImage } from '../domain/index.ts';

/** A small encoded image of one word with a margin, keyed by its correction's position. */
export interface WordCrop {
  page: number;
  line: number;
  column: number;
  mime: 'image/webp' | 'image/png';
  data: Uint8Array;
}

/** Taller crops are downscaled: the report shows words at text size, and a 600 dpi scan would make 20 KB crops. */
export const MAX_CROP_HEIGHT = 72;

/**
 * Cuts one word out of the raw page with a margin of a third of its height, so
 * the reviewer sees the neighbouring letters that made the OCR guess. Only the
 * word's rows are copied before sharp sees them: the page itself is never encoded.
 */
export async function cropWord(image: RasterImage, bbox: BBox): Promise<{ mime: WordCrop['mime']; data: Uint8Array }> {
  const region = cropRegion(image, bbox);
  const pixels = copyRegion(image, region);
  const raw = { width: region.width, height: region.height, channels: image.channels };
  const scaled = () => {
    const pipeline = sharp(pixels, { raw });
    return region.height > MAX_CROP_HEIGHT ? pipeline.resize({ height: MAX_CROP_HEIGHT }) : pipeline;
  };
  // Gray scans compress best as palette PNG, photos as WebP; encode both and keep the smaller.
  const [webp, png] = await Promise.all([
    scaled().webp({ quality: 70, effort: 4 }).toBuffer(),
    scaled().png({ palette: true, colours: 16, compressionLevel: 9, effort: 7 }).toBuffer(),
  ]);
  return png.length < webp.length
    ? { mime: 'image/png', data: new Uint8Array(png) }
    : { mime: 'image/webp', data: new Uint8Array(webp) };
}

export interface CropRegion {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The box grown by a margin and clamped to the page; never empty, even for a degenerate box. */
export function cropRegion(image: Pick<RasterImage, 'width' | 'height'>, bbox: BBox): CropRegion {
  const boxHeight = Math.max(1, bbox.y1 - bbox.y0);
  const margin = Math.max(3, Math.round(boxHeight / 3));
  const clamp = (v: number, max: number) => Math.min(Math.max(Math.round(v), 0), max);
  const left = clamp(Math.min(bbox.x0, bbox.x1) - margin, image.width - 1);
  const top = clamp(Math.min(bbox.y0, bbox.y1) - margin, image.height - 1);
  const right = Math.max(left + 1, clamp(Math.max(bbox.x0, bbox.x1) + margin, image.width));
  const bottom = Math.max(top + 1, clamp(Math.max(bbox.y0, bbox.y1) + margin, image.height));
  return { left, top, width: right - left, height: bottom - top };
}

function copyRegion(image: RasterImage, region: CropRegion): Uint8Array {
  const { channels } = image;
  const rowBytes = region.width * channels;
  const out = new Uint8Array(rowBytes * region.height);
  for (let y = 0; y < region.height; y += 1) {
    const start = ((region.top + y) * image.width + region.left) * channels;
    out.set(image.data.subarray(start, start + rowBytes), y * rowBytes);
  }
  return out;
}
