// Cuts the scan around a word for the review report. Stub; see the report helper brief.
import type { BBox, RasterImage } from '../domain/index.ts';

/** A small encoded image of one word with a margin, keyed by its correction's position. */
export interface WordCrop {
  page: number;
  line: number;
  column: number;
  mime: 'image/webp' | 'image/png';
  data: Uint8Array;
}

export async function cropWord(_image: RasterImage, _bbox: BBox): Promise<{ mime: WordCrop['mime']; data: Uint8Array }> {
  throw new Error('not implemented');
}
