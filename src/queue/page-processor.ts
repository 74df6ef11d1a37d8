import '../config/source-maps.ts';
import { logger, resolveConfig, type MinutesConfig } from '../config/index.ts';
import { MinutesError } from '../errors/index.ts';
import { createPipelineContext, type PipelineContext } from '../pipeline/context.ts';
import { processPage } from '../pipeline/process-page.ts';
import { sha256Hex } from '../pipeline/process-document.ts';
import { openPdf, type PdfHandle } from '../rasterise/index.ts';
import { toJobError } from './job-failure.ts';
import { PageJobDataSchema, type JobConfig, type PageJobData } from './job-payloads.ts';
import { encodePageResult, type EncodedPageResult } from './page-result-codec.ts';
import { readSharedBytes } from '../io/read-shared-bytes.ts';

/** The machine's own settings for a worker process, passed from `runWorker` through the environment. */
export const WORKER_CONFIG_ENV = 'MINUTES_WORKER_CONFIG';

type ClosableContext = PipelineContext & { close(): Promise<void> };

// A page worker process handles one page at a time and usually several pages
// of one document in a row, so it keeps one lexicon/OCR pool and one open PDF.
let contextCache: { key: string; ctx: Promise<ClosableContext> } | null = null;
let pdfCache: { key: string; pdf: Promise<PdfHandle> } | null = null;

/** One page job: the same `processPage` the in-process runner calls, on the PDF found at the job's path. */
export async function processPageJob(rawData: unknown): Promise<EncodedPageResult> {
  const data = PageJobDataSchema.parse(rawData);
  try {
    const config = workerConfig(data.config);
    const ctx = await contextFor(config);
    const pdf = await pdfFor(data, config);
    const result = await processPage(pdf, data.page, { ...ctx, config });
    return encodePageResult(result);
  } catch (error) {
    throw toJobError(error, `page ${data.page}`);
  }
}

/** Releases the OCR pool and the open PDF; called when a worker process is about to end. */
export async function closePageProcessor(): Promise<void> {
  const pdf = pdfCache;
  const ctx = contextCache;
  pdfCache = null;
  contextCache = null;
  await (await pdf?.pdf.catch(() => null))?.close();
  await (await ctx?.ctx.catch(() => null))?.close();
}

function workerConfig(jobConfig: JobConfig): MinutesConfig {
  const machine = JSON.parse(process.env[WORKER_CONFIG_ENV] ?? '{}') as Partial<MinutesConfig>;
  // Each page worker is one process doing one page at a time, so one OCR worker per process.
  return resolveConfig({ ...machine, ...jobConfig, ocrWorkers: 1 });
}

async function contextFor(config: MinutesConfig): Promise<ClosableContext> {
  const key = JSON.stringify([config.language, config.dictionaries, config.learnedDictionary, config.recycleWorkerAfterPages]);
  if (contextCache?.key !== key) {
    const previous = contextCache;
    contextCache = { key, ctx: createPipelineContext(config, logger) };
    contextCache.ctx.catch(() => {
      if (contextCache?.key === key) contextCache = null;
    });
    await (await previous?.ctx.catch(() => null))?.close();
  }
  return contextCache.ctx;
}

async function pdfFor(data: PageJobData, config: MinutesConfig): Promise<PdfHandle> {
  const key = `${data.sha256}\0${data.path}`;
  if (pdfCache?.key !== key) {
    const previous = pdfCache;
    pdfCache = { key, pdf: openVerifiedPdf(data, config) };
    pdfCache.pdf.catch(() => {
      if (pdfCache?.key === key) pdfCache = null;
    });
    await (await previous?.pdf.catch(() => null))?.close();
  }
  return pdfCache.pdf;
}

async function openVerifiedPdf(data: PageJobData, config: MinutesConfig): Promise<PdfHandle> {
  let bytes: Uint8Array;
  try {
    bytes = await readSharedBytes(data.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new MinutesError('UNREADABLE_PDF', `cannot read ${data.path} on this worker: ${code}`, { cause: error });
  }
  // A different PDF at the same path would silently mix two documents' pages.
  if (sha256Hex(bytes) !== data.sha256) {
    throw new MinutesError('UNREADABLE_PDF', `${data.path} changed after it was submitted`);
  }
  return openPdf(bytes, config.password ? { password: config.password } : {});
}
