// Runs pdfjs's parser in its own thread, so a file that sends it into an endless loop can be stopped.
import { parentPort } from 'node:worker_threads';

// pdfjs's bundled core-js swaps Array.prototype.push and JSON's methods for slow polyfills on
// Node 20; the parser pushes millions of times per page, so the natives go back (see pdfjs.ts).
const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify, toString: Function.prototype.toString };
const { WorkerMessageHandler } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
for (const [target, key, value] of [
  [Array.prototype, 'push', natives.push],
  [JSON, 'parse', natives.parse],
  [JSON, 'stringify', natives.stringify],
  [Function.prototype, 'toString', natives.toString],
]) {
  Object.defineProperty(target, key, { value, writable: true, enumerable: false, configurable: true });
}

// Anything pdfjs or its decoders print stays in the thread: the parent's stdout carries only results.
const silent = () => true;
process.stdout.write = silent;
process.stderr.write = silent;
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace']) console[method] = () => undefined;

const wrapped = new Map();
WorkerMessageHandler.initializeFromPort({
  // The document's bytes are shared with the parent (see shared-bytes.ts): a view of them is shared, never transferred.
  postMessage: (message, transfer) => parentPort.postMessage(message, (transfer ?? []).filter((item) => !(item instanceof SharedArrayBuffer))),
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
