import { createHash } from 'node:crypto';
import type { LimitFunction } from 'p-limit';
import { MinutesError } from '../errors/index.ts';
import { openPdf, sniffPdf } from '../rasterise/index.ts';
import type { PipelineContext } from './context.ts';
import { type DocumentResult, finishDocument } from './finish-document.ts';
import { processPage } from './process-page.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The whole pipeline for one PDF, in process:
 * sniff → open → every page through processPage (at most `pageLimit` at once,
 * shared across documents so that memory does not grow with page count) → finishDocument.
 */
/** Told when a document's page count is known and as each page finishes, for progress bars. */
export interface PageProgress {
  opened?(pages: number): void;
  pageDone?(page: number): void;
}

export async function processDocument(
  bytes: Uint8Array,
  file: string,
  ctx: PipelineContext,
  pageLimit: LimitFunction,
  progress: PageProgress = {},
): Promise<DocumentResult> {
  sniffPdf(bytes);
  const sha256 = sha256Hex(bytes);
  const pdf = await openPdf(bytes, ctx.config.password ? { password: ctx.config.password } : {});
  try {
    if (pdf.pageCount === 0) throw new MinutesError('NO_PAGES', 'PDF has no pages');
    progress.opened?.(pdf.pageCount);
    const numbers = Array.from({ length: pdf.pageCount }, (_, i) => i + 1);
    const pages = await Promise.all(
      numbers.map((n) =>
        pageLimit(async () => {
          const result = await processPage(pdf, n, ctx);
          progress.pageDone?.(n);
          return result;
        }),
      ),
    );
    return await ctx.timings.time('segment', () => finishDocument({ file, sha256, pages: pdf.pageCount }, pages));
  } finally {
    await pdf.close();
  }
}
