// Stage 1: PDF bytes → per-page content (embedded scan image, rendered raster, or text layer).
export { sniffPdf } from './sniff-pdf.ts';
export { openPdf } from './open-pdf.ts';
export type { OpenPdfOptions, PdfHandle } from './open-pdf.ts';
export { classifyPage } from './classify-page.ts';
export type { PageKind } from './classify-page.ts';
export { rasterisePage } from './rasterise-page.ts';
export type { RasteriseOptions } from './rasterise-page.ts';
export { extractTextLayer } from './text-layer.ts';
