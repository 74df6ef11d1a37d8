import { PDFDocument } from 'pdf-lib';
import { createRequire } from 'node:module';
import { logger } from '../config/index.ts';
import type { PdfInternals } from './open-pdf.ts';

/**
 * The pdf-lib view of an opened PDF, used to read content streams and copy
 * image streams without decoding them. Null when pdf-lib cannot be trusted to
 * see the same pages as pdfjs (encrypted, unparseable, or a different page count).
 */
export function rawDocument(internals: PdfInternals): Promise<PDFDocument | null> {
  internals.rawDocument ??= loadRawDocument(internals);
  return internals.rawDocument;
}

/**
 * pdf-lib's parser copies every stream it reads out of the file (Uint8Array#slice), so a parsed
 * document held a second copy of all its page images: 30 MB for a 200-page scan, kept until the
 * document is done. Views into the file's bytes, which the pipeline keeps anyway, cost nothing.
 * Safe here because nothing in this process writes into a parsed PDF's streams or into the
 * bytes a PDF was loaded from.
 */
function parseStreamsAsViews(): void {
  // The very module instance pdf-lib's parser requires (pdf-lib has no exports map, so the path is reachable).
  const { default: ByteStream } = createRequire(import.meta.url)('pdf-lib/cjs/core/parser/ByteStream.js') as {
    default: { prototype: { bytes: Uint8Array; slice(start: number, end: number): Uint8Array } };
  };
  ByteStream.prototype.slice = function slice(start: number, end: number): Uint8Array {
    return this.bytes.subarray(start, end);
  };
}
parseStreamsAsViews();

async function loadRawDocument(internals: PdfInternals): Promise<PDFDocument | null> {
  if (internals.encrypted) return null;
  // pdf-lib reports recoverable damage with console.warn; route it to the log so stderr stays one line per failure.
  const warn = console.warn;
  console.warn = (...args: unknown[]) => logger.debug({ source: 'pdf-lib' }, args.map(String).join(' '));
  try {
    const doc = await PDFDocument.load(internals.bytes, {
      ignoreEncryption: false,
      throwOnInvalidObject: false,
      updateMetadata: false,
      parseSpeed: Number.POSITIVE_INFINITY,
    });
    return doc.getPageCount() === internals.document.numPages ? doc : null;
  } catch (error) {
    logger.debug({ err: error }, 'pdf-lib cannot read this PDF; using pdfjs only');
    return null;
  } finally {
    console.warn = warn;
  }
}
