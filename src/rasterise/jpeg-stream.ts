import { inflateSync } from 'node:zlib';
import { PDFArray, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject, type PDFRawStream } from 'pdf-lib';

// Colour spaces whose JPEG samples sharp decodes to the same colours a viewer shows.
const PLAIN_COLOUR_SPACES = new Set(['DeviceGray', 'DeviceRGB', 'DeviceCMYK', 'CalGray', 'CalRGB', 'ICCBased']);

/**
 * The JPEG file inside an image XObject, when its pixels mean exactly what the
 * JPEG says: no /Decode inversion, no indexed or spot colours, no masks.
 * Undefined otherwise; pdfjs then decodes the image instead.
 */
export function jpegBytesOf(doc: PDFDocument, stream: PDFRawStream): Uint8Array | undefined {
  const get = (key: string): PDFObject | undefined => lookup(doc, stream.dict.get(PDFName.of(key)));
  const filters = filterNames(get('Filter'));
  if (filters.length === 0 || filters[filters.length - 1] !== 'DCTDecode') return undefined;
  if (!filters.slice(0, -1).every((f) => f === 'FlateDecode')) return undefined;
  if (get('Decode') !== undefined || get('SMask') !== undefined || get('Mask') !== undefined) return undefined;
  const bits = get('BitsPerComponent');
  if (bits instanceof PDFNumber && bits.asNumber() !== 8) return undefined;
  const colourSpace = get('ColorSpace');
  const family = colourSpace instanceof PDFArray ? lookup(doc, colourSpace.get(0)) : colourSpace;
  if (family !== undefined && !(family instanceof PDFName && PLAIN_COLOUR_SPACES.has(family.decodeText()))) return undefined;
  let bytes: Uint8Array = stream.contents;
  for (let i = 0; i < filters.length - 1; i++) bytes = inflateSync(bytes);
  // SOI marker: anything else is not a JPEG sharp can read.
  return bytes[0] === 0xff && bytes[1] === 0xd8 ? bytes : undefined;
}

function filterNames(filter: PDFObject | undefined): string[] {
  if (filter instanceof PDFName) return [filter.decodeText()];
  if (filter instanceof PDFArray) return filter.asArray().map((f) => (f instanceof PDFName ? f.decodeText() : '?'));
  return [];
}

function lookup(doc: PDFDocument, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? doc.context.lookup(value) : value;
}

