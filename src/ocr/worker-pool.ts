/** Anything the pool owns and must shut down. */
export interface Terminable {
  terminate(): Promise<void>;
}

export interface WorkerPoolOptions<W extends Terminable> {
  /** How many workers run at once. */
  size: number;
  start: () => Promise<W>;
  /** A worker is terminated and replaced after this many tasks, so that its memory stays bounded. */
  recycleAfterTasks: number;
  /** Asked after each task: true retires the worker now (say, its process has grown past a limit). */
  retireWhen?: (worker: W) => boolean;
}

export interface WorkerPool<W extends Terminable> {
  /** Runs `task` on the next free worker; callers beyond `size` wait in arrival order. */
  run<T>(task: (worker: W) => Promise<T>): Promise<T>;
  /** Starts every worker now instead of on first use; rejects if one cannot start. */
  warm(): Promise<void>;
  /** Terminates every worker; queued tasks are rejected. */
  close(): Promise<void>;
  /** How many workers have been started over the pool's life, recycled ones included. */
  readonly started: number;
}

interface Slot<W> {
  worker: Promise<W> | null;
  tasks: number;
  busy: boolean;
}

export function createWorkerPool<W extends Terminable>(options: WorkerPoolOptions<W>): WorkerPool<W> {
  const size = Math.max(1, Math.floor(options.size));
  const recycleAfter = Math.max(1, Math.floor(options.recycleAfterTasks));
  const slots: Slot<W>[] = Array.from({ length: size }, () => ({ worker: null, tasks: 0, busy: false }));
  const waiting: Array<{ resolve: (slot: Slot<W>) => void; reject: (error: Error) => void }> = [];
  let closed = false;
  let started = 0;

  const startIn = (slot: Slot<W>): Promise<W> => {
    started++;
    slot.tasks = 0;
    const worker = options.start();
    // A failed start must not poison the slot: the next task tries again.
    worker.catch(() => {
      if (slot.worker === worker) slot.worker = null;
    });
    slot.worker = worker;
    return worker;
  };

  const retire = (slot: Slot<W>): void => {
    const old = slot.worker;
    slot.worker = null;
    void old?.then((w) => w.terminate()).catch(() => undefined);
  };

  const acquire = (): Promise<Slot<W>> => {
    if (closed) return Promise.reject(new Error('OCR pool is closed'));
    const free = slots.find((slot) => !slot.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
  };

  const release = (slot: Slot<W>): void => {
    const next = waiting.shift();
    if (next) next.resolve(slot);
    else slot.busy = false;
  };

  return {
    get started() {
      return started;
    },
    async run(task) {
      const slot = await acquire();
      try {
        if (slot.worker && slot.tasks >= recycleAfter) retire(slot);
        const worker = await (slot.worker ?? startIn(slot));
        slot.tasks++;
        try {
          const result = await task(worker);
          if (options.retireWhen?.(worker)) retire(slot);
          return result;
        } catch (error) {
          // The worker may be left mid-job or crashed; a fresh one is cheaper than finding out.
          retire(slot);
          throw error;
        }
      } finally {
        release(slot);
      }
    },
    async warm() {
      await Promise.all(slots.map((slot) => slot.worker ?? startIn(slot)));
    },
    async close() {
      closed = true;
      for (const waiter of waiting.splice(0)) waiter.reject(new Error('OCR pool is closed'));
      const workers = slots.map((slot) => slot.worker).filter((w): w is Promise<W> => w !== null);
      for (const slot of slots) slot.worker = null;
      await Promise.all(workers.map((w) => w.then((worker) => worker.terminate()).catch(() => undefined)));
    },
  };
}
