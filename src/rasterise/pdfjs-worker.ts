import { Worker } from 'node:worker_threads';
import { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A pdfjs worker in a worker thread, and the means to stop it even when it is stuck. */
export interface ThreadedPdfWorker {
  pdfWorker: PDFWorker;
  terminate(): Promise<void>;
}

export function startPdfWorker(): ThreadedPdfWorker {
  const thread = new Worker(new URL('./pdfjs-worker-thread.mjs', import.meta.url), { stdout: true, stderr: true });
  // Anything pdfjs or its decoders print stays in the thread; output is drained, never shown.
  thread.stdout.resume();
  thread.stderr.resume();
  thread.unref();
  const wrapped = new Map<(event: { data: unknown }) => void, (data: unknown) => void>();
  const port = {
    postMessage: (message: unknown, transfer?: unknown[]) => thread.postMessage(message, (transfer ?? []) as never),
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      const handler = (data: unknown) => listener({ data });
      wrapped.set(listener, handler);
      thread.on(type as 'message', handler);
    },
    removeEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      const handler = wrapped.get(listener);
      if (handler) thread.off(type as 'message', handler);
    },
    terminate: () => void thread.terminate(),
  };
  thread.on('error', () => undefined);
  const pdfWorker = new PDFWorker({ port: port as never });
  return {
    pdfWorker,
    async terminate() {
      pdfWorker.destroy();
      await thread.terminate().catch(() => undefined);
    },
  };
}
