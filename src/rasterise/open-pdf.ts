import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from './pdfjs.ts';
import { MinutesError } from '../errors/index.ts';
import type { PageContent } from './page-content.ts';
import { DAMAGED, toMinutesError } from './pdf-errors.ts';
import { acquirePdfWorker, type ThreadedPdfWorker } from './pdfjs-worker.ts';
import { shareable } from './shared-bytes.ts';

export interface OpenPdfOptions {
  password?: string;
  /** Give up on a file pdfjs cannot parse in this time (its parser runs in a thread that is then stopped). @defaultValue 60_000 */
  timeoutMs?: number;
}

/** An opened PDF. Close it when done; it holds pdfjs worker state. */
export interface PdfHandle {
  pageCount: number;
  close(): Promise<void>;
}

/** What the stages need behind a PdfHandle; kept out of the public shape so callers cannot depend on pdfjs. */
export interface PdfInternals {
  document: PDFDocumentProxy;
  /** The file, in shared memory that pdfjs's thread reads too (see shared-bytes.ts). */
  bytes: Uint8Array;
  /** Encrypted streams cannot be copied raw, so the fast paths stay off. */
  encrypted: boolean;
  /** Page analyses, computed once per page and shared by classifyPage and rasterisePage. */
  pageContents: Map<number, Promise<PageContent>>;
  /** The pdf-lib view of the same file, loaded on first use; null when pdf-lib cannot read it. */
  rawDocument?: Promise<import('pdf-lib').PDFDocument | null>;
}

/** Above defaultConfig.refusePagePixels, so no page the budget accepts loses its image. */
const MAX_IMAGE_PIXELS = 1_000_000_000;

const internals = new WeakMap<PdfHandle, PdfInternals>();

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Local folders pdfjs reads fonts, CMaps and decoders from; pdfjs requires the trailing slash. */
export const PDFJS_DATA = {
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  wasmUrl: join(pdfjsRoot, 'wasm') + '/',
  iccUrl: join(pdfjsRoot, 'iccs') + '/',
} as const;

export async function openPdf(file: Uint8Array, options: OpenPdfOptions = {}): Promise<PdfHandle> {
  const bytes = shareable(file);
  const password = options.password ? options.password : undefined;
  const worker = acquirePdfWorker();
  let task: ReturnType<typeof getDocument>;
  try {
    task = loadingTask(bytes, password, worker);
  } catch (error) {
    await worker.terminate();
    throw openError(error, password !== undefined);
  }
  let document: PDFDocumentProxy;
  try {
    document = await withOpenTimeout(task.promise, options.timeoutMs ?? 60_000);
  } catch (error) {
    await task.destroy().catch(() => undefined);
    await worker.terminate();
    throw openError(error, password !== undefined);
  }
  let encrypted = false;
  try {
    // The trailer's /Encrypt marks encrypted files even when the user password is empty.
    encrypted = Boolean(((await document.getMetadata()).info as { EncryptFilterName?: unknown } | undefined)?.EncryptFilterName);
  } catch {
    encrypted = true;
  }
  const pageCount = document.numPages;
  if (!(pageCount > 0)) {
    await document.destroy().catch(() => undefined);
    await worker.terminate();
    throw new MinutesError('NO_PAGES', 'PDF has no pages');
  }
  let closed = false;
  const handle: PdfHandle = {
    pageCount,
    async close() {
      if (closed) return;
      closed = true;
      internals.delete(handle);
      // The thread may be stuck in a loop on a hostile file and never answer destroy(): then it is
      // terminated; a thread that closed its document in time serves the next one.
      const destroyed = await Promise.race([
        document.destroy().then(() => true, () => false),
        new Promise<false>((r) => setTimeout(() => r(false), 200).unref()),
      ]);
      if (destroyed) worker.release();
      else await worker.terminate();
    },
  };
  internals.set(handle, { document, bytes, encrypted, pageContents: new Map() });
  return handle;
}

export function pdfInternals(pdf: PdfHandle): PdfInternals {
  const found = internals.get(pdf);
  if (!found) throw new MinutesError('UNREADABLE_PDF', 'unreadable PDF (the document was closed or not opened by openPdf)');
  return found;
}

export function checkPageNumber(pdf: PdfHandle, pageNumber: number): void {
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pdf.pageCount) {
    throw new RangeError(`page ${pageNumber} is outside 1..${pdf.pageCount}`);
  }
}

function openError(error: unknown, hadPassword: boolean): MinutesError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return hadPassword
      ? new MinutesError('WRONG_PASSWORD', 'encrypted PDF: wrong password', { cause: error })
      : new MinutesError('ENCRYPTED_PDF', 'encrypted PDF: password required (use --password)', { cause: error });
  }
  if (name === 'InvalidPDFException') return new MinutesError('DAMAGED_PDF', DAMAGED, { cause: error });
  const mapped = toMinutesError(error);
  return mapped.code === 'DAMAGED_PDF' ? mapped : new MinutesError('UNREADABLE_PDF', 'unreadable PDF', { cause: error });
}

function loadingTask(bytes: Uint8Array, password: string | undefined, worker: ThreadedPdfWorker): ReturnType<typeof getDocument> {
  // Shared, not transferred: pdfjs would detach an ordinary buffer it is handed.
  return getDocument({
    data: bytes,
    worker: worker.pdfWorker,
    password,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    cMapPacked: true,
    // pdfjs trusts an image's declared size and would loop over a damaged /Width of 1e308; larger images are dropped.
    maxImageSize: MAX_IMAGE_PIXELS,
    ...PDFJS_DATA,
  });
}

function withOpenTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MinutesError('DAMAGED_PDF', DAMAGED)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
