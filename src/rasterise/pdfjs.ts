// The one place that loads pdfjs-dist in this process.
//
// pdfjs's legacy build bundles core-js, which on Node 20 (V8 11) replaces Array.prototype.push,
// JSON.parse, JSON.stringify and Function.prototype.toString with JavaScript polyfills for
// edge cases we never hit (arrays longer than 2^32, JSON.parse's reviver source text). Every
// push and every JSON call in the process then ran 2.4–7.6× slower: repair, segment and the
// queue's job payloads included. The native built-ins are put back right after loading; the
// additions core-js makes (Promise.withResolvers and others pdfjs needs) stay.
import { restoreNativeBuiltins, snapshotNativeBuiltins } from './native-builtins.ts';

const natives = snapshotNativeBuiltins();
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
restoreNativeBuiltins(natives);

export const { getDocument, PDFWorker, OPS } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
export type PDFWorker = import('pdfjs-dist/legacy/build/pdf.mjs').PDFWorker;
