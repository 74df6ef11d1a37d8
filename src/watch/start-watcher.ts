import { watch, type FSWatcher } from 'chokidar';
import { basename, extname, join } from 'node:path';
import pLimit from 'p-limit';
import { logger as defaultLogger, type Logger, type MinutesConfig } from '../config/index.ts';
import { describeError, MinutesError } from '../errors/index.ts';
import { documentName, outputLayout } from '../io/output-layout.ts';
import { checkExistingOutput } from '../io/write-document.ts';
import { sha256Hex } from '../pipeline/process-document.ts';
import type { InspectPdf } from '../queue/pdf-inspection.ts';
import { createInProcessRunner, createQueueRunner, type DocumentRunner } from './document-runners.ts';
import { assertSeparateFolders } from './folder-guard.ts';
import { classifyInboxEntry, type InboxEntryKind } from './inbox-entry.ts';
import { loadInboxState } from './inbox-state.ts';
import { moveWithoutOverwrite, writeErrorNote } from './move-original.ts';
import { waitUntilStable } from './stable-file.ts';
import { readSharedBytes } from '../io/read-shared-bytes.ts';

/** Where originals go once handled, inside the inbox. */
export const PROCESSED_DIR = 'processed';
export const FAILED_DIR = 'failed';
/** Same content as a PDF imported earlier: nothing new was written for it. */
export const DUPLICATES_DIR = 'duplicates';

export type WatchEvent =
  | { kind: 'ready' }
  | { kind: 'ignored'; file: string; entry: Exclude<InboxEntryKind, 'pdf'> }
  | { kind: 'started'; file: string }
  | { kind: 'processed'; file: string; movedTo: string; output: string; pages?: number }
  | { kind: 'failed'; file: string; movedTo: string; reason: string }
  | { kind: 'duplicate'; file: string; movedTo: string; of: string }
  | { kind: 'retry-later'; file: string; reason: string };

export interface WatcherOptions {
  inbox: string;
  outDir: string;
  config: MinutesConfig;
  /** Run documents on BullMQ workers through this Redis; without it they run in this process. */
  redisUrl?: string;
  /** Poll the inbox every this many ms instead of using inotify (network shares). */
  pollMs?: number;
  /** A file is touched only after its size and mtime have been unchanged this long. @defaultValue 2000 */
  stableMs?: number;
  /** How long to wait before trying again after a failure of the environment (Redis down, disk full). @defaultValue 30000 */
  retryMs?: number;
  /** Documents in flight at once. @defaultValue 2 in process, 32 with Redis */
  documentConcurrency?: number;
  /** Redis key prefix shared with the workers. @defaultValue 'minutes' */
  prefix?: string;
  /** @defaultValue the pipeline's sniffPdf + openPdf */
  inspectPdf?: InspectPdf;
  onEvent?: (event: WatchEvent) => void;
  log?: Logger;
}

export interface RunningWatcher {
  /** Stops watching; documents in flight are left in the inbox and picked up again on the next start. */
  close(): Promise<void>;
}

/**
 * Watches an inbox folder and imports each PDF that lands in it, then moves
 * the original to processed/, failed/ (with NAME.error.txt) or duplicates/.
 * Files already there at start are picked up too, so a restart loses nothing.
 */
export async function startWatcher(options: WatcherOptions): Promise<RunningWatcher> {
  const log = options.log ?? defaultLogger;
  const { inbox, outDir } = await assertSeparateFolders(options.inbox, options.outDir);
  const state = await loadInboxState(inbox);
  const runner: DocumentRunner = options.redisUrl
    ? await createQueueRunner(outDir, options.config, log, {
        redisUrl: options.redisUrl,
        prefix: options.prefix,
        pollMs: options.pollMs === undefined ? undefined : Math.min(options.pollMs, 1000),
        inspectPdf: options.inspectPdf,
      })
    : await createInProcessRunner(outDir, options.config, log);
  const stableMs = options.stableMs ?? 2_000;
  const retryMs = options.retryMs ?? 30_000;
  const limit = pLimit(options.documentConcurrency ?? (options.redisUrl ? 32 : 2));
  const emit = (event: WatchEvent) => {
    log.info(event, `inbox: ${event.kind}`);
    options.onEvent?.(event);
  };

  const stopping = new AbortController();
  const inFlight = new Map<string, Promise<void>>();
  /** sha256 → the run of the first file with that content, so a second copy waits and becomes a duplicate. */
  const contentRuns = new Map<string, Promise<void>>();
  /** Output names taken by documents in flight ("x.pdf" and "x.PDF" would both write x.json). */
  const claimedOutputs = new Set<string>();
  const retryTimers = new Set<NodeJS.Timeout>();

  const watcher: FSWatcher = watch(inbox, {
    depth: 0,
    ignoreInitial: false,
    usePolling: options.pollMs !== undefined,
    ...(options.pollMs !== undefined ? { interval: options.pollMs, binaryInterval: options.pollMs } : {}),
  });
  watcher.on('add', (path) => consider(path));
  watcher.on('change', (path) => consider(path));
  watcher.on('error', (error) => log.warn({ err: (error as Error).message }, 'inbox watcher error'));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  emit({ kind: 'ready' });

  function consider(path: string): void {
    if (stopping.signal.aborted || inFlight.has(path)) return;
    const entry = classifyInboxEntry(path);
    if (entry !== 'pdf') {
      if (entry !== 'hidden') emit({ kind: 'ignored', file: path, entry });
      return;
    }
    const work = limit(() => handle(path))
      .catch((error: unknown) => log.error({ file: path, err: error }, 'inbox: unexpected failure'))
      .finally(() => inFlight.delete(path));
    inFlight.set(path, work);
  }

  async function handle(path: string): Promise<void> {
    if (!(await waitUntilStable(path, stableMs, stopping.signal)) || stopping.signal.aborted) return;
    let bytes: Uint8Array;
    try {
      bytes = await readSharedBytes(path);
    } catch {
      return; // gone between the check and the read: nothing to do
    }
    const sha256 = sha256Hex(bytes);
    for (let earlier = contentRuns.get(sha256); earlier; earlier = contentRuns.get(sha256)) await earlier;
    if (stopping.signal.aborted) return;
    const known = state.lookup(sha256);
    if (known) {
      const movedTo = await moveWithoutOverwrite(path, join(inbox, DUPLICATES_DIR));
      emit({ kind: 'duplicate', file: path, movedTo, of: known.file });
      return;
    }
    // No await between the lookup above and this claim, so two copies cannot both start.
    const run = importOne(path, bytes, sha256);
    contentRuns.set(sha256, run);
    try {
      await run;
    } finally {
      if (contentRuns.get(sha256) === run) contentRuns.delete(sha256);
    }
  }

  async function importOne(path: string, bytes: Uint8Array, sha256: string): Promise<void> {
    emit({ kind: 'started', file: path });
    let outputFile: string;
    try {
      outputFile = await chooseOutputFile(outDir, basename(path), sha256, claimedOutputs);
    } catch (error) {
      return retryLater(path, error);
    }
    claimedOutputs.add(documentName(outputFile));
    try {
      let outcome;
      try {
        outcome = await runner.run({ path, bytes, sha256, outputFile });
      } catch (error) {
        return retryLater(path, error);
      }
      // On shutdown, leave the original where it is: the next start resumes it.
      if (stopping.signal.aborted) return;
      const output = outputLayout(outDir, documentName(outputFile)).json;
      if (outcome.ok) {
        const movedTo = await moveWithoutOverwrite(path, join(inbox, PROCESSED_DIR));
        await state.remember(sha256, { file: basename(path), output, at: new Date().toISOString() });
        emit({ kind: 'processed', file: path, movedTo, output, ...(outcome.pages ? { pages: outcome.pages } : {}) });
      } else {
        const reason = outcome.reason ?? 'failed';
        const movedTo = await moveWithoutOverwrite(path, join(inbox, FAILED_DIR));
        await writeErrorNote(movedTo, reason);
        emit({ kind: 'failed', file: path, movedTo, reason });
      }
    } finally {
      claimedOutputs.delete(documentName(outputFile));
    }
  }

  function retryLater(path: string, error: unknown): void {
    if (stopping.signal.aborted) return;
    emit({ kind: 'retry-later', file: path, reason: describeError(error) });
    const timer = setTimeout(() => {
      retryTimers.delete(timer);
      consider(path);
    }, retryMs);
    retryTimers.add(timer);
  }

  return {
    async close() {
      stopping.abort();
      for (const timer of retryTimers) clearTimeout(timer);
      await watcher.close();
      await runner.close();
      await Promise.allSettled(inFlight.values());
    },
  };
}

/**
 * The name the outputs take: the file's own, unless NAME.json exists from a
 * different PDF or another document in flight has claimed it; then "NAME (2)" and so on.
 */
async function chooseOutputFile(outDir: string, file: string, sha256: string, claimed: ReadonlySet<string>): Promise<string> {
  const ext = extname(file);
  const stem = file.slice(0, file.length - ext.length);
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? file : `${stem} (${n})${ext}`;
    if (claimed.has(documentName(candidate))) continue;
    try {
      await checkExistingOutput(outDir, candidate, sha256, false);
      return candidate;
    } catch (error) {
      if (error instanceof MinutesError && error.code === 'OUTPUT_EXISTS') continue;
      throw error;
    }
  }
  throw new MinutesError('WRITE_FAILED', `no free output name for ${file} in ${outDir}`);
}
