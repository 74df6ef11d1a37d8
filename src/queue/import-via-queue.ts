
import type { Logger, MinutesConfig } from '../config/index.ts';
import { describeError, MinutesError } from '../errors/index.ts';
import { documentName } from '../io/output-layout.ts';
import type { ImportOutcome } from '../pipeline/import-batch.ts';
import type { InspectPdf } from './pdf-inspection.ts';
import { awaitDocument, queueDocument } from './queue-document.ts';
import { openQueueSession, type QueueSession } from './queue-session.ts';
import { redactUrl } from './redis-connection.ts';

export type QueueProgressEvent =
  | { kind: 'page'; file: string; pagesDone: number; pages: number }
  | { kind: 'document'; outcome: ImportOutcome };

export interface ImportViaQueueOptions {
  inputs: readonly string[];
  outDir: string;
  redisUrl: string;
  config: MinutesConfig;
  /** Replace outputs that exist from a different PDF. @defaultValue false */
  overwrite?: boolean;
  /** Redis key prefix shared with the workers. @defaultValue 'minutes' */
  prefix?: string;
  /** How often to ask Redis how each document is doing. @defaultValue 500 */
  pollMs?: number;
  /** Called when a document has more pages done, and once when it is finished. */
  onProgress?: (event: QueueProgressEvent) => void;
  /** Stop waiting (the jobs stay queued and the workers finish them). */
  signal?: AbortSignal;
  /** @defaultValue the pipeline's sniffPdf + openPdf */
  inspectPdf?: InspectPdf;
  log?: Logger;
}

/**
 * Imports a batch through BullMQ workers and returns one outcome per input, in
 * input order, like the in-process importBatch: the CLI writes failed.json and
 * picks the exit code from them. Each file is sniffed here first, so a bad file
 * fails at once; the good ones become flows that any `minutes worker` runs.
 */
export async function importViaQueue(options: ImportViaQueueOptions): Promise<ImportOutcome[]> {
  const session = await openQueueSession(options);
  try {
    const claimed = new Map<string, string>();
    const waiting: Array<Promise<ImportOutcome>> = [];
    let warned = false;
    for (const file of options.inputs) {
      const owner = claimed.get(documentName(file));
      if (owner !== undefined) {
        waiting.push(Promise.resolve(report({ file, ok: false, reason: `same output name as ${owner}: rename one of them` })));
        continue;
      }
      claimed.set(documentName(file), file);
      try {
        const queued = await queueDocument(session, file, options);
        if (queued === 'skipped') {
          session.log.info({ file, decision: 'skip' }, 'already imported from the same PDF: skipped');
          waiting.push(Promise.resolve(report({ file, ok: true, skipped: true })));
          continue;
        }
        if (!warned) warned = await warnWhenNoWorkers(session, options.redisUrl);
        waiting.push(
          awaitDocument(session, queued, {
            pollMs: options.pollMs,
            signal: options.signal,
            onPages: (pagesDone, pages) => options.onProgress?.({ kind: 'page', file, pagesDone, pages }),
          }).then(report),
        );
      } catch (error) {
        if (!(error instanceof MinutesError)) session.log.error({ file, err: error }, 'unexpected failure while queueing');
        waiting.push(Promise.resolve(report({ file, ok: false, reason: describeError(error) })));
      }
    }
    return await Promise.all(waiting);
  } finally {
    await session.close();
  }

  function report(outcome: ImportOutcome): ImportOutcome {
    options.onProgress?.({ kind: 'document', outcome });
    return outcome;
  }
}

/** Says once, loudly, when documents are queued but nothing will process them. */
async function warnWhenNoWorkers(session: QueueSession, redisUrl: string): Promise<boolean> {
  const count = await session.clients.pages.getWorkersCount().catch(() => -1);
  if (count !== 0) return false;
  const url = redactUrl(redisUrl);
  const message = `no workers are connected to ${url}: the documents wait until \`minutes worker --redis ${url}\` runs`;
  session.log.warn(message);
  process.stderr.write(`minutes: warning: ${message}\n`);
  return true;
}

