import pLimit from 'p-limit';
import type { Logger, MinutesConfig } from '../config/index.ts';
import { describeError, ExitCode, exitCodeFor, isMinutesError } from '../errors/index.ts';
import { checkExistingOutput, writeDocumentOutputs } from '../io/write-document.ts';
import { createPipelineContext } from '../pipeline/context.ts';
import type { ImportOutcome } from '../pipeline/import-batch.ts';
import { processDocument } from '../pipeline/process-document.ts';
import type { InspectPdf } from '../queue/pdf-inspection.ts';
import { awaitDocument, queueDocument } from '../queue/queue-document.ts';
import { openQueueSession } from '../queue/queue-session.ts';

export interface DocumentInput {
  /** Where the PDF is now, in the inbox. */
  path: string;
  bytes: Uint8Array;
  sha256: string;
  /** The name the outputs take, e.g. "scan (2).pdf" when "scan.json" is taken by another PDF. */
  outputFile: string;
}

/**
 * Runs one inbox document to its outputs. Resolves with the outcome when the
 * document itself succeeded or failed; throws only when the environment is at
 * fault (output not writable, Redis gone, model missing), so the original stays in the inbox.
 */
export interface DocumentRunner {
  run(input: DocumentInput): Promise<ImportOutcome>;
  close(): Promise<void>;
}

export function isEnvironmentFailure(error: unknown): boolean {
  return isMinutesError(error) && exitCodeFor(error.code) === ExitCode.environment;
}

/** Without Redis: the in-process pipeline, pages of all documents sharing one limiter sized to the OCR pool. */
export async function createInProcessRunner(outDir: string, config: MinutesConfig, log: Logger): Promise<DocumentRunner> {
  const ctx = await createPipelineContext(config, log);
  const pageLimit = pLimit(config.ocrWorkers);
  return {
    async run({ bytes, sha256, outputFile }) {
      try {
        if ((await checkExistingOutput(outDir, outputFile, sha256, false)) === 'done') return { file: outputFile, ok: true, skipped: true };
        const result = await processDocument(bytes, outputFile, ctx, pageLimit);
        await writeDocumentOutputs(outDir, result);
        return { file: outputFile, ok: true, pages: result.source.pages };
      } catch (error) {
        if (isEnvironmentFailure(error)) throw error;
        if (!isMinutesError(error)) log.error({ file: outputFile, err: error }, 'unexpected failure');
        return { file: outputFile, ok: false, reason: describeError(error) };
      }
    },
    close: () => ctx.close(),
  };
}

export interface QueueRunnerOptions {
  redisUrl: string;
  prefix?: string;
  pollMs?: number;
  inspectPdf?: InspectPdf;
}

/** With Redis: each document becomes a flow that any `minutes worker` runs; this waits for its outcome. */
export async function createQueueRunner(
  outDir: string,
  config: MinutesConfig,
  log: Logger,
  options: QueueRunnerOptions,
): Promise<DocumentRunner> {
  const session = await openQueueSession({ redisUrl: options.redisUrl, prefix: options.prefix, log });
  return {
    async run({ path, outputFile }) {
      try {
        const queued = await queueDocument(session, path, { outDir, config, outputFile, inspectPdf: options.inspectPdf });
        if (queued === 'skipped') return { file: outputFile, ok: true, skipped: true };
        return await awaitDocument(session, queued, { pollMs: options.pollMs });
      } catch (error) {
        if (isEnvironmentFailure(error)) throw error;
        if (!isMinutesError(error)) log.error({ file: outputFile, err: error }, 'unexpected failure');
        return { file: outputFile, ok: false, reason: describeError(error) };
      }
    },
    close: () => session.close(),
  };
}
