// Runs pdfjs's parser in its own thread, so a file that sends it into an endless loop can be stopped.
import { parentPort } from 'node:worker_threads';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

const wrapped = new Map();
WorkerMessageHandler.initializeFromPort({
  postMessage: (message, transfer) => parentPort.postMessage(message, transfer ?? []),
  addEventListener: (type, listener) => {
    const handler = (data) => listener({ data });
    wrapped.set(listener, handler);
    parentPort.on(type, handler);
  },
  removeEventListener: (type, listener) => {
    const handler = wrapped.get(listener);
    if (handler) parentPort.off(type, handler);
  },
});
