import sharp from 'sharp';
import type { RasterImage } from '../domain/index.ts';

/** Rotates clockwise by a right angle. Width and height swap for 90° and 270°. */
export async function rotateRaster(image: RasterImage, degrees: 0 | 90 | 180 | 270): Promise<RasterImage> {
  if (degrees === 0) return image;
  const { data, info } = await sharp(image.data, { raw: rawInfo(image) })
    .rotate(degrees)
    .toColourspace(image.channels === 1 ? 'b-w' : 'srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: asChannels(info.channels), data: new Uint8Array(data), dpi: image.dpi };
}

/** A smaller copy at `dpi`, for decisions that do not need full resolution. */
export async function downscaleRaster(image: RasterImage, dpi: number): Promise<RasterImage> {
  if (image.dpi <= dpi) return image;
  const scale = dpi / image.dpi;
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const { data, info } = await sharp(image.data, { raw: rawInfo(image) })
    .resize(width, height, { kernel: 'linear' })
    .toColourspace(image.channels === 1 ? 'b-w' : 'srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: asChannels(info.channels), data: new Uint8Array(data), dpi };
}

function rawInfo(image: RasterImage): { width: number; height: number; channels: 1 | 3 | 4 } {
  return { width: image.width, height: image.height, channels: image.channels };
}

function asChannels(channels: number): 1 | 3 | 4 {
  if (channels === 1 || channels === 3 || channels === 4) return channels;
  throw new Error(`unexpected ${channels}-channel raster from sharp`);
}
