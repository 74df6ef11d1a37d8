// Runs pdfjs's parser in its own thread, so a file that sends it into an endless loop can be stopped.
import { parentPort } from 'node:worker_threads';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// Anything pdfjs or its decoders print stays in the thread: the parent's stdout carries only results.
const silent = () => true;
process.stdout.write = silent;
process.stderr.write = silent;
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = () => undefined;

const wrapped = new Map();
WorkerMessageHandler.initializeFromPort({
  postMessage: (message, transfer) => parentPort.postMessage(message, transfer ?? []),
  // pdfjs drops a finished document's listener by aborting the signal it passed along.
  addEventListener: (type, listener, options) => {
    const handler = (data) => listener({ data });
    wrapped.set(listener, handler);
    parentPort.on(type, handler);
    options?.signal?.addEventListener('abort', () => parentPort.off(type, handler), { once: true });
  },
  removeEventListener: (type, listener) => {
    const handler = wrapped.get(listener);
    if (handler) parentPort.off(type, handler);
  },
});
