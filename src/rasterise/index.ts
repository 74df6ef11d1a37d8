// Stage 1: PDF bytes → per-page content (embedded scan image, rendered raster, or text layer).
// Owned by the pdf-input work; see the helper brief in the commit history.
import type { Page, RasterImage } from '../domain/index.ts';

export interface OpenPdfOptions {
  password?: string;
}

/** An opened PDF. Close it when done; it holds pdfjs worker state. */
export interface PdfHandle {
  pageCount: number;
  close(): Promise<void>;
}

/** What a page is made of, decided before any pixels are decoded. */
export type PageKind = 'scanned' | 'scanned-with-text-layer' | 'born-digital' | 'empty';

export interface RasteriseOptions {
  renderDpi: number;
  maxPagePixels: number;
  refusePagePixels: number;
}

/** Throws a MinutesError with a one-line reason when `bytes` cannot be a usable PDF. */
export function sniffPdf(_bytes: Uint8Array): void {
  throw new Error('not implemented');
}
export async function openPdf(_bytes: Uint8Array, _options: OpenPdfOptions = {}): Promise<PdfHandle> {
  throw new Error('not implemented');
}
export async function classifyPage(_pdf: PdfHandle, _pageNumber: number): Promise<PageKind> {
  throw new Error('not implemented');
}
export async function rasterisePage(_pdf: PdfHandle, _pageNumber: number, _options: RasteriseOptions): Promise<RasterImage> {
  throw new Error('not implemented');
}
export async function extractTextLayer(_pdf: PdfHandle, _pageNumber: number): Promise<Page> {
  throw new Error('not implemented');
}
