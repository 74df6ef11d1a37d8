import sharp from 'sharp';
import type { RasterImage } from '../domain/index.ts';

/** A square median filter on a gray raster: removes specks smaller than about half the window. */
export async function medianFilter(image: RasterImage, size = 3): Promise<RasterImage> {
  if (image.channels !== 1) throw new Error('medianFilter expects a 1-channel raster');
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .median(size)
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { ...image, data: new Uint8Array(data) };
}
