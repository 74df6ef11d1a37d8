// A TextRecogniser that runs tesseract.js in a child process of its own.
// tesseract.js's WebAssembly heap grows to fit the largest page it has read and
// never shrinks; in a worker thread that memory is the pipeline process's. In a
// process of its own it is bounded per process, measured (peakRssMb), and given
// back whole when the pool recycles the process. A crash in the engine also
// fails one page instead of the whole batch.
import { fork } from 'node:child_process';
import { MinutesError } from '../errors/index.ts';
import type { HostReply, HostRequest, HostUsage } from './recogniser-protocol.ts';
import type { RecognisedText, TextRecogniser } from './tesseract-engine.ts';

export interface ProcessRecogniser extends TextRecogniser {
  /** The child's process id, for logs and tests. */
  readonly pid: number;
  /** The child's peak memory and CPU so far, as it last reported them. */
  readonly usage: HostUsage;
}

const HOST = new URL('./recogniser-host.ts', import.meta.url);
/** The host is TypeScript: the child loads the same tsx loader this package runs on, found from here, not from the cwd. */
const TSX_LOADER = import.meta.resolve('tsx');

export function startProcessRecogniser(languages: string): Promise<ProcessRecogniser> {
  const child = fork(HOST, [languages], {
    execArgv: ['--import', TSX_LOADER],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (text: RecognisedText) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let usage: HostUsage = { rssMb: 0, peakRssMb: 0, cpuSeconds: 0 };
  let exited: Error | null = null;

  return new Promise((resolveStart, rejectStart) => {
    const failAll = (error: Error) => {
      exited ??= error;
      rejectStart(error);
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    };
    child.on('error', (error) => failAll(new MinutesError('OCR_FAILED', `OCR process failed: ${error.message}`, { cause: error })));
    child.on('exit', (code, signal) => failAll(new MinutesError('OCR_FAILED', `OCR process ended (${signal ?? `exit ${code}`})`)));
    child.on('message', (reply: HostReply) => {
      if ('peakRssMb' in reply) usage = { rssMb: reply.rssMb, peakRssMb: Math.max(usage.peakRssMb, reply.peakRssMb), cpuSeconds: reply.cpuSeconds };
      switch (reply.kind) {
        case 'ready':
          resolveStart(handle());
          return;
        case 'start-failed':
          failAll(new MinutesError('OCR_FAILED', reply.reason));
          return;
        case 'recognised':
          pending.get(reply.id)?.resolve(reply.text);
          pending.delete(reply.id);
          return;
        case 'failed':
          pending.get(reply.id)?.reject(new MinutesError('OCR_FAILED', reply.reason));
          pending.delete(reply.id);
          return;
      }
    });
  });

  function handle(): ProcessRecogniser {
    return {
      pid: child.pid ?? -1,
      get usage() {
        return usage;
      },
      residentMb: () => usage.rssMb,
      recognise(image) {
        if (exited) return Promise.reject(exited);
        const id = nextId++;
        return new Promise((resolve, reject) => {
          pending.set(id, { resolve, reject });
          const request: HostRequest = { kind: 'recognise', id, image };
          child.send(request, (error) => {
            if (!error) return;
            pending.delete(id);
            reject(new MinutesError('OCR_FAILED', `could not reach the OCR process: ${error.message}`, { cause: error }));
          });
        });
      },
      async terminate() {
        if (exited || child.exitCode !== null) return;
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        const stop: HostRequest = { kind: 'stop' };
        child.send(stop, () => undefined);
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(timer);
      },
    };
  }
}
