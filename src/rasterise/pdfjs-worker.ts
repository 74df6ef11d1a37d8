import { Worker } from 'node:worker_threads';
import { PDFWorker } from './pdfjs.ts';
import { transferable } from './shared-bytes.ts';

/** A pdfjs worker in a worker thread, and the means to stop it even when it is stuck. */
export interface ThreadedPdfWorker {
  pdfWorker: PDFWorker;
  thread: Worker;
  /** Hands a thread whose document closed cleanly back for the next document. */
  release(): void;
  /** Stops the thread for good: the way out when a document left it stuck or broken. */
  terminate(): Promise<void>;
}

/**
 * Threads kept warm between documents. Starting one costs about 0.4 s of CPU (loading and
 * compiling pdfjs's worker), which on a batch of one-page scans was a third of the
 * non-OCR time per page. Each thread still serves one document at a time, so a hostile
 * file that hangs its thread is terminated without touching any other document.
 */
const idle: ThreadedPdfWorker[] = [];
const MAX_IDLE = 2;

/** A warm thread when one is idle, a new one otherwise. */
export function acquirePdfWorker(): ThreadedPdfWorker {
  const warm = idle.pop();
  if (!warm) return startPdfWorker();
  warm.thread.ref();
  return warm;
}

function startPdfWorker(): ThreadedPdfWorker {
  // The thread silences its own output (see pdfjs-worker-thread.mjs). Piping it here instead
  // (`stdout: true` + resume) would keep an idle thread's process alive.
  const thread = new Worker(new URL('./pdfjs-worker-thread.mjs', import.meta.url));
  thread.unref();
  const wrapped = new Map<(event: { data: unknown }) => void, (data: unknown) => void>();
  const port = {
    postMessage: (message: unknown, transfer?: unknown[]) => thread.postMessage(message, transferable(transfer) as never),
    // pdfjs removes a document's listener by aborting the signal it passed; honour it, or every
    // document served by a reused thread would leave a listener behind.
    addEventListener: (type: string, listener: (event: { data: unknown }) => void, options?: { signal?: AbortSignal }) => {
      const handler = (data: unknown) => listener({ data });
      wrapped.set(listener, handler);
      thread.on(type as 'message', handler);
      options?.signal?.addEventListener('abort', () => thread.off(type as 'message', handler), { once: true });
    },
    removeEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      const handler = wrapped.get(listener);
      if (handler) thread.off(type as 'message', handler);
    },
    terminate: () => void thread.terminate(),
  };
  thread.on('error', () => undefined);
  const pdfWorker = new PDFWorker({ port: port as never });
  let ended = false;
  const worker: ThreadedPdfWorker = {
    pdfWorker,
    thread,
    release() {
      if (ended) return;
      // An idle thread must not keep the process alive (pdfjs's message listeners ref it).
      thread.unref();
      if (idle.length < MAX_IDLE) idle.push(worker);
      else void worker.terminate();
    },
    async terminate() {
      ended = true;
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      pdfWorker.destroy();
      await thread.terminate().catch(() => undefined);
    },
  };
  // A thread that dies (out of memory, a decoder crash) must never be handed out again.
  thread.on('exit', () => {
    ended = true;
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  return worker;
}
