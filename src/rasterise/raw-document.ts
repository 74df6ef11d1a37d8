import { PDFDocument } from 'pdf-lib';
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
