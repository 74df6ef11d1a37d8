import type { PageResult } from '../pipeline/process-page.ts';
import type { WordCrop } from '../report/crop.ts';

/** A PageResult as it travels through Redis: JSON, with each crop's bytes as base64. */
export interface EncodedPageResult extends Omit<PageResult, 'crops'> {
  crops: Array<Omit<WordCrop, 'data'> & { data: string }>;
}

export function encodePageResult(result: PageResult): EncodedPageResult {
  return {
    ...result,
    crops: result.crops.map((crop) => ({ ...crop, data: Buffer.from(crop.data).toString('base64') })),
  };
}

export function decodePageResult(encoded: EncodedPageResult): PageResult {
  return {
    ...encoded,
    crops: encoded.crops.map((crop) => ({ ...crop, data: new Uint8Array(Buffer.from(crop.data, 'base64')) })),
  };
}
