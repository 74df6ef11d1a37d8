// Stage 2: clean a raster before OCR. Stub; see the ocr helper brief.
import type { RasterImage } from '../domain/index.ts';

export interface PreprocessOptions {}

export async function preprocessPage(image: RasterImage, _options: PreprocessOptions = {}): Promise<RasterImage> {
  return image;
}
