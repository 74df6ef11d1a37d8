import { MinutesError } from '../errors/index.ts';

// The PDF spec puts the header at offset 0, but readers accept leading junk
// (mail gateways, scanners that prepend a BOM); so do we, within a small window.
const HEADER_WINDOW = 1024;
// %%EOF belongs in the last 1024 bytes; scanners sometimes append NUL padding.
const TAIL_WINDOW = 16 * 1024;

const SIGNATURES: ReadonlyArray<{ magic: readonly number[]; kind: string }> = [
  { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { magic: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive' },
  { magic: [0x50, 0x4b, 0x05, 0x06], kind: 'a ZIP archive' },
  { magic: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], kind: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], kind: 'a TIFF image' },
  { magic: [0x1f, 0x8b], kind: 'a gzip archive' },
  { magic: [0x25, 0x21, 0x50, 0x53], kind: 'a PostScript file' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'an old Microsoft Office document' },
];

/**
 * Throws a MinutesError with a one-line reason when `bytes` cannot be a usable PDF.
 * Cheap: looks only at the first and last few kilobytes.
 */
export function sniffPdf(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new MinutesError('EMPTY_FILE', 'empty file (0 bytes)');
  const head = bytes.subarray(0, HEADER_WINDOW);
  if (indexOfAscii(head, '%PDF-') < 0) {
    const kind = sniffNonPdf(head);
    throw new MinutesError('NOT_A_PDF', kind ? `not a PDF (looks like ${kind})` : 'not a PDF');
  }
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL_WINDOW));
  if (indexOfAscii(tail, '%%EOF') < 0 && indexOfAscii(tail, 'startxref') < 0) {
    throw new MinutesError('DAMAGED_PDF', 'damaged or truncated PDF');
  }
}

/** Names the file type from its magic bytes, or undefined when it is unrecognisable binary. */
export function sniffNonPdf(head: Uint8Array): string | undefined {
  for (const { magic, kind } of SIGNATURES) {
    if (magic.every((b, i) => head[i] === b)) return kind;
  }
  return looksLikeText(head) ? 'text' : undefined;
}

function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  let suspicious = 0;
  for (const b of head) {
    if (b === 0) return false;
    // Control bytes other than tab, LF, CR and form feed; bytes ≥ 0x80 pass so UTF-8 and Latin-1 count as text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) suspicious++;
  }
  return suspicious / head.length < 0.02;
}

export function indexOfAscii(haystack: Uint8Array, needle: string, from = 0): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(needle, from, 'latin1');
}
