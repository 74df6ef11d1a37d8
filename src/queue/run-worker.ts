import { Worker, type Job } from 'bullmq';
import { fileURLToPath } from 'node:url';
import { logger as defaultLogger, type Logger, type MinutesConfig } from '../config/index.ts';
import { processDocumentJob } from './document-processor.ts';
import type { DocumentJobResult } from './job-payloads.ts';
import { WORKER_CONFIG_ENV } from './page-processor.ts';
import type { EncodedPageResult } from './page-result-codec.ts';
import { DEFAULT_QUEUE_PREFIX, DOCUMENT_QUEUE, PAGE_QUEUE } from './queue-names.ts';
import { assertRedisReachable, createRedisConnection, redactUrl, warnUnlessNoEviction } from './redis-connection.ts';

/** The sandboxed page processor: a plain .mjs that registers tsx, so BullMQ can fork it without a build. */
export const PAGE_PROCESSOR_FILE = fileURLToPath(new URL('../../workers/page-processor.mjs', import.meta.url));

export interface RunWorkerOptions {
  redisUrl: string;
  /** Page jobs this machine runs at once, each in its own process with one OCR worker. @defaultValue config.ocrWorkers */
  concurrency?: number;
  /** The machine's settings; a job's own settings (OCR mode, threshold, dictionaries) override them. */
  config: MinutesConfig;
  /** Redis key prefix shared by the workers and importers of one deployment. @defaultValue 'minutes' */
  prefix?: string;
  /** How long a job stays claimed without a lock renewal before another worker may take it. @defaultValue 30000 */
  lockDuration?: number;
  /** How often this worker looks for jobs whose worker died. @defaultValue 30000 */
  stalledInterval?: number;
  /** Replaces the page processor file (tests use a fake one). @defaultValue PAGE_PROCESSOR_FILE */
  pageProcessorFile?: string;
  /** Close cleanly on SIGTERM/SIGINT (a second signal stops at once and hands the jobs back). @defaultValue true */
  handleSignals?: boolean;
  log?: Logger;
}

export interface RunningWorker {
  pageWorker: Worker<unknown, EncodedPageResult>;
  documentWorker: Worker<unknown, DocumentJobResult>;
  /** Lets the current jobs finish (or, with `force`, hands them back at once), then disconnects. */
  close(force?: boolean): Promise<void>;
  /** Settles once the worker has closed, whoever closed it. */
  closed: Promise<void>;
}

/**
 * Starts the page and document workers. Page jobs run in forked processes so
 * that OCR never blocks BullMQ's lock renewal; document jobs (segment + write)
 * are short and run here.
 */
export async function runWorker(options: RunWorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? defaultLogger;
  const prefix = options.prefix ?? DEFAULT_QUEUE_PREFIX;
  const concurrency = options.concurrency ?? options.config.ocrWorkers;
  // Page processes inherit this: one malloc arena per thread would let each grow by ~60 MB (see native-memory.ts).
  process.env.MALLOC_ARENA_MAX ??= '2';
  const connection = createRedisConnection(options.redisUrl);
  connection.on('error', () => undefined); // reported by the workers' own 'error' events below
  try {
    await assertRedisReachable(connection, options.redisUrl);
  } catch (error) {
    connection.disconnect();
    throw error;
  }
  await warnUnlessNoEviction(connection, log);

  const timing = {
    ...(options.lockDuration !== undefined ? { lockDuration: options.lockDuration } : {}),
    ...(options.stalledInterval !== undefined ? { stalledInterval: options.stalledInterval } : {}),
  };
  const pageWorker = new Worker<unknown, EncodedPageResult>(PAGE_QUEUE, options.pageProcessorFile ?? PAGE_PROCESSOR_FILE, {
    connection,
    prefix,
    concurrency,
    ...timing,
    workerForkOptions: {
      env: { ...process.env, [WORKER_CONFIG_ENV]: JSON.stringify(machineConfig(options.config)) },
    },
  });
  const documentWorker = new Worker<unknown, DocumentJobResult>(
    DOCUMENT_QUEUE,
    async (job: Job<unknown, DocumentJobResult>) =>
      processDocumentJob(job.data, (await job.getChildrenValues<EncodedPageResult>()) ?? {}),
    { connection, prefix, concurrency: 1, ...timing },
  );

  // While Redis is down every reconnect attempt raises the same error: log each distinct one once.
  let lastError = '';
  connection.on('ready', () => {
    if (lastError) log.warn('Redis connection back');
    lastError = '';
  });
  for (const [kind, worker] of [['page', pageWorker], ['document', documentWorker]] as const) {
    worker.on('error', (error) => {
      if (error.message === lastError) return;
      lastError = error.message;
      log.warn({ worker: kind, err: error.message }, 'queue worker error (retrying)');
    });
    worker.on('failed', (job, error) =>
      log.warn({ worker: kind, job: job?.id, attempt: job?.attemptsMade, reason: error.message }, `${kind} job failed`),
    );
    worker.on('completed', (job) => log.info({ worker: kind, job: job.id }, `${kind} job done`));
  }
  await Promise.all([pageWorker.waitUntilReady(), documentWorker.waitUntilReady()]);
  log.info({ redis: redactUrl(options.redisUrl), prefix, concurrency }, 'worker started');

  let closing: Promise<void> | null = null;
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      log.warn({ signal }, 'second signal: stopping now, unfinished jobs go back to the queue');
      void close(true);
      return;
    }
    process.stderr.write(`minutes: ${signal}: finishing the current jobs (send again to stop at once)\n`);
    void close(false);
  };
  if (options.handleSignals ?? true) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }

  async function close(force = false): Promise<void> {
    if (closing && !force) return closing;
    const work = (async () => {
      await Promise.all([pageWorker.close(force), documentWorker.close(force)]);
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await connection.quit().catch(() => connection.disconnect());
      log.info('worker closed');
      resolveClosed();
    })();
    closing = work;
    return work;
  }

  return { pageWorker, documentWorker, close, closed };
}

/** Settings that belong to this machine rather than to a submitted document. */
function machineConfig(config: MinutesConfig): Partial<MinutesConfig> {
  return {
    learnedDictionary: config.learnedDictionary,
    recycleWorkerAfterPages: config.recycleWorkerAfterPages,
  };
}
