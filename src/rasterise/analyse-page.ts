import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { logger } from '../config/index.ts';
import { scanContentStream } from './content-stream-scan.ts';
import { checkPageNumber, pdfInternals, type PdfHandle } from './open-pdf.ts';
import { scanOperatorList } from './operator-list-scan.ts';
import type { PageContent } from './page-content.ts';
import type { Rect } from './matrix.ts';
import { rawDocument } from './raw-document.ts';
import { toMinutesError } from './pdf-errors.ts';

export interface AnalysedPage {
  page: PDFPageProxy;
  /** The visible page area in user space (crop box ∩ media box). */
  view: Rect;
  content: PageContent;
}

/** Reads what a page paints, once per page: from its content stream when pdf-lib can, else from pdfjs. */
export async function analysePage(pdf: PdfHandle, pageNumber: number): Promise<AnalysedPage> {
  checkPageNumber(pdf, pageNumber);
  const internals = pdfInternals(pdf);
  try {
    const page = await internals.document.getPage(pageNumber);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const view = { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
    let content = internals.pageContents.get(pageNumber);
    if (!content) {
      content = readPageContent(pdf, page, pageNumber);
      internals.pageContents.set(pageNumber, content);
    }
    return { page, view, content: await content };
  } catch (error) {
    throw toMinutesError(error);
  }
}

async function readPageContent(pdf: PdfHandle, page: PDFPageProxy, pageNumber: number): Promise<PageContent> {
  const raw = await rawDocument(pdfInternals(pdf));
  if (raw) {
    try {
      return scanContentStream(raw, pageNumber - 1);
    } catch (error) {
      logger.debug({ page: pageNumber, err: error }, 'content stream unreadable by pdf-lib; using the pdfjs operator list');
    }
  }
  return scanOperatorList(await page.getOperatorList());
}
