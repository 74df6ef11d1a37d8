import { basename } from 'node:path';
import pLimit from 'p-limit';
import { describeError, MinutesError } from '../errors/index.ts';
import { checkExistingOutput } from '../io/write-document.ts';
import { writeDocumentOutputs } from '../io/write-document.ts';
import { documentName } from '../io/output-layout.ts';
import { readPdfFile } from '../io/read-shared-bytes.ts';
import type { PipelineContext } from './context.ts';
import { processDocument, sha256Hex } from './process-document.ts';

export interface ImportOutcome {
  file: string;
  ok: boolean;
  /** One line for a person, when `ok` is false. */
  reason?: string;
  /** The document was already imported from the same PDF, so nothing was redone. */
  skipped?: boolean;
  pages?: number;
}

export interface ImportBatchOptions {
  outDir: string;
  overwrite: boolean;
  /** Documents in flight at once; pages share one limiter sized to the OCR pool. */
  documentConcurrency?: number;
  onDone?: (outcome: ImportOutcome) => void;
  /** A document's page count became known (`pages`), or one of its pages finished (`page`). */
  onPages?: (event: { file: string; pages?: number; page?: number }) => void;
}

/** Imports every file in process. One bad file never stops the others. */
export async function importBatch(
  files: readonly string[],
  ctx: PipelineContext,
  options: ImportBatchOptions,
): Promise<ImportOutcome[]> {
  const pageLimit = pLimit(ctx.config.ocrWorkers);
  const documentLimit = pLimit(options.documentConcurrency ?? Math.max(2, ctx.config.ocrWorkers));
  const claimed = new Map<string, string>();

  return Promise.all(
    files.map((file) =>
      documentLimit(async () => {
        const outcome = await importOne(file);
        options.onDone?.(outcome);
        return outcome;
      }),
    ),
  );

  async function importOne(file: string): Promise<ImportOutcome> {
    const name = documentName(file);
    const owner = claimed.get(name);
    if (owner !== undefined) {
      return { file, ok: false, reason: `same output name as ${owner}: rename one of them` };
    }
    claimed.set(name, file);
    try {
      const bytes = await readPdfFile(file);
      const status = await checkExistingOutput(options.outDir, file, sha256Hex(bytes), options.overwrite);
      if (status === 'done') {
        ctx.log.info({ file, decision: 'skip' }, 'already imported from the same PDF: skipped');
        return { file, ok: true, skipped: true };
      }
      const started = Date.now();
      const result = await processDocument(bytes, basename(file), ctx, pageLimit, {
        opened: (pages) => options.onPages?.({ file, pages }),
        pageDone: (page) => options.onPages?.({ file, page }),
      });
      await ctx.timings.time('write', () => writeDocumentOutputs(options.outDir, result));
      ctx.log.info({ file, pages: result.source.pages, ms: Date.now() - started }, 'document done');
      return { file, ok: true, pages: result.source.pages };
    } catch (error) {
      if (!(error instanceof MinutesError)) ctx.log.error({ file, err: error }, 'unexpected failure');
      return { file, ok: false, reason: describeError(error) };
    }
  }
}
