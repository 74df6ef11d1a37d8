import { basename, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { MinutesConfig } from '../config/index.ts';
import { checkExistingOutput } from '../io/write-document.ts';
import type { ImportOutcome } from '../pipeline/import-batch.ts';
import { sha256Hex } from '../pipeline/process-document.ts';
import { jobConfigFrom } from './job-payloads.ts';
import { inspectPdf as defaultInspectPdf, type InspectPdf } from './pdf-inspection.ts';
import { documentJobId, pageJobId } from './queue-names.ts';
import type { QueueSession } from './queue-session.ts';
import { submitDocument, type DocumentSubmission } from './submit-document.ts';
import { readPdfFile } from '../io/read-shared-bytes.ts';

export interface QueueDocumentOptions {
  outDir: string;
  config: MinutesConfig;
  /** Replace outputs that exist from a different PDF. @defaultValue false */
  overwrite?: boolean;
  /** @defaultValue the pipeline's sniffPdf + openPdf */
  inspectPdf?: InspectPdf;
  /** Use this name for the outputs instead of the file's own. */
  outputFile?: string;
}

/** A document handed to the queue, to pass to `awaitDocument`. */
export interface QueuedDocument {
  file: string;
  submission: DocumentSubmission;
  /** `blocked`: the same PDF is running for another output name; it is submitted once that run ends. */
  state: 'submitted' | 'blocked';
}

/**
 * Reads, sniffs and hashes one PDF, then enqueues it as a flow. Returns
 * `skipped` when its outputs already exist from the same PDF. A bad file
 * throws its MinutesError here, before anything is queued.
 */
export async function queueDocument(
  session: QueueSession,
  file: string,
  options: QueueDocumentOptions,
): Promise<QueuedDocument | 'skipped'> {
  const path = resolve(file);
  const outDir = resolve(options.outDir);
  const bytes = await readPdfFile(path);
  const { pages } = await (options.inspectPdf ?? defaultInspectPdf)(bytes, options.config);
  const sha256 = sha256Hex(bytes);
  const name = options.outputFile ?? basename(file);
  if ((await checkExistingOutput(outDir, name, sha256, options.overwrite ?? false)) === 'done') return 'skipped';
  const submission: DocumentSubmission = { path, file: name, sha256, pages, outDir, config: jobConfigFrom(options.config) };
  const submitted = await submitDocument(session.clients, submission);
  session.log.info({ file, pages, sha256, submitted }, 'document queued');
  return { file, submission, state: submitted === 'busy' ? 'blocked' : 'submitted' };
}

export interface AwaitDocumentOptions {
  /** How often to ask Redis. @defaultValue 500 */
  pollMs?: number;
  /** Called when more of the document's pages are done. */
  onPages?: (pagesDone: number, pages: number) => void;
  /** Stop waiting; the jobs stay queued. */
  signal?: AbortSignal;
}

/** Waits until the queued document is written or has failed, and says which with the reason. */
export async function awaitDocument(
  session: QueueSession,
  queued: QueuedDocument,
  options: AwaitDocumentOptions = {},
): Promise<ImportOutcome> {
  const { submission } = queued;
  let pagesDone = 0;
  while (!options.signal?.aborted) {
    const job = await session.clients.documents.getJob(documentJobId(submission.sha256));
    const state = job ? await job.getState() : 'unknown';
    if (queued.state === 'blocked') {
      if (state === 'completed' || state === 'failed' || state === 'unknown') {
        const submitted = await submitDocument(session.clients, submission);
        queued.state = submitted === 'busy' ? 'blocked' : 'submitted';
        continue;
      }
    } else if (!job || state === 'unknown') {
      return { file: queued.file, ok: false, reason: 'the queued job disappeared from Redis (was the queue emptied?)' };
    } else if (state === 'completed') {
      options.onPages?.(submission.pages, submission.pages);
      return { file: queued.file, ok: true, pages: submission.pages };
    } else if (state === 'failed') {
      // The job was read before getState: if it failed in between, that copy lacks the reason, so read it again.
      const failed = job.failedReason ? job : await session.clients.documents.getJob(documentJobId(submission.sha256));
      return { file: queued.file, ok: false, reason: await failureReason(session, submission.sha256, failed?.failedReason) };
    } else if (options.onPages) {
      const processed = (await job.getDependenciesCount({ processed: true })).processed ?? 0;
      if (processed > pagesDone) options.onPages((pagesDone = processed), submission.pages);
    }
    await sleep(options.pollMs ?? 500, undefined, { signal: options.signal }).catch(() => undefined);
  }
  return { file: queued.file, ok: false, reason: 'stopped waiting before it finished (it is still queued)' };
}

/** A document failed by one of its pages says which page and why, rather than BullMQ's "child … failed". */
async function failureReason(session: QueueSession, sha256: string, parentReason: string | undefined): Promise<string> {
  const page = /-p(\d+)\b/.exec(parentReason ?? '')?.[1];
  if (page) {
    const child = await session.clients.pages.getJob(pageJobId(sha256, Number(page)));
    if (child?.failedReason) return child.failedReason;
  }
  return parentReason ?? 'failed in the queue';
}
