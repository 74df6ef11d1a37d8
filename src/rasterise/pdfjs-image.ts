import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { scanOperatorList } from './operator-list-scan.ts';
import type { PlacedImage } from './page-content.ts';
import type { ImageSource } from './raster-transform.ts';
import { MinutesError } from '../errors/index.ts';
import { DAMAGED } from './pdf-errors.ts';

/**
 * pdfjs decodes well-formed images at several megapixels a second; one that
 * takes far longer has sent its parser into a loop (seen with a damaged
 * /BitsPerComponent), and the file is treated as damaged.
 */
function withDecodeDeadline<T>(work: Promise<T>, pixels: number): Promise<T> {
  const ms = 5_000 + pixels / 10_000;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MinutesError('DAMAGED_PDF', DAMAGED)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** pdfjs's ImageKind. */
const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

interface PdfjsImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/**
 * The decoded pixels pdfjs produced for `image` while building the page's
 * operator list. Undefined when pdfjs kept no plain pixels for it (a mask, a
 * bitmap, or an image it could not decode).
 */
export async function pdfjsImagePixels(page: PDFPageProxy, image: PlacedImage): Promise<ImageSource | undefined> {
  const objId = image.objId ?? matchingObjId(scanOperatorList(await page.getOperatorList()).images, image);
  if (!objId) return undefined;
  const decoded = await withDecodeDeadline(objectById(page, objId), image.width * image.height);
  if (!decoded || !decoded.data || !(decoded.width > 0 && decoded.height > 0)) return undefined;
  const { width, height, kind, data } = decoded;
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (kind === RGB_24BPP && bytes.length >= width * height * 3) return { kind: 'raw', data: bytes, width, height, channels: 3 };
  if (kind === RGBA_32BPP && bytes.length >= width * height * 4) return { kind: 'raw', data: bytes, width, height, channels: 4 };
  if (kind === GRAYSCALE_1BPP) return { kind: 'raw', data: unpackBits(bytes, width, height), width, height, channels: 1 };
  return undefined;
}

/** The operator-list image that is the same picture the content-stream scan found: same pixel size, nearly the same place. */
function matchingObjId(candidates: PlacedImage[], wanted: PlacedImage): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const c of candidates) {
    if (!c.objId || c.width !== wanted.width || c.height !== wanted.height) continue;
    const distance = c.ctm.reduce((sum, v, i) => sum + Math.abs(v - wanted.ctm[i]!), 0);
    if (!best || distance < best.distance) best = { id: c.objId, distance };
  }
  return best?.id;
}

function objectById(page: PDFPageProxy, objId: string): Promise<PdfjsImage | undefined> {
  // Images used on several pages live in the document-wide store, marked by pdfjs with a "g_" prefix.
  const store = (objId.startsWith('g_') ? page.commonObjs : page.objs) as unknown as {
    get(id: string, callback: (value: unknown) => void): void;
  };
  return new Promise((resolve) => store.get(objId, (value) => resolve((value ?? undefined) as PdfjsImage | undefined)));
}

/** pdfjs packs 1-bit images eight pixels a byte, rows padded to whole bytes, 1 = white. */
function unpackBits(packed: Uint8Array, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const rowBytes = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    const row = y * rowBytes;
    const target = y * width;
    for (let x = 0; x < width; x++) {
      out[target + x] = (packed[row + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
  }
  return out;
}
