import { describe, expect, it } from 'vitest';
import { createWorkerPool, type Terminable } from '../../src/ocr/worker-pool.ts';

class FakeWorker implements Terminable {
  static live = 0;
  terminated = false;
  constructor(readonly id: number) {
    FakeWorker.live++;
  }
  async terminate(): Promise<void> {
    if (!this.terminated) FakeWorker.live--;
    this.terminated = true;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fakePool(size: number, recycleAfterTasks: number) {
  let next = 0;
  const workers: FakeWorker[] = [];
  const pool = createWorkerPool({
    size,
    recycleAfterTasks,
    start: async () => {
      const worker = new FakeWorker(next++);
      workers.push(worker);
      return worker;
    },
  });
  return { pool, workers };
}

describe('worker pool', () => {
  it('never runs more tasks at once than it has workers', async () => {
    const { pool } = fakePool(2, 100);
    let running = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 7 }, () =>
        pool.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await sleep(5);
          running--;
        }),
      ),
    );
    expect(peak).toBe(2);
    await pool.close();
  });

  it('replaces a worker after it has done recycleAfterTasks tasks', async () => {
    const { pool, workers } = fakePool(1, 3);
    const used: number[] = [];
    for (let i = 0; i < 7; i++) await pool.run(async (w) => used.push(w.id));
    expect(used).toEqual([0, 0, 0, 1, 1, 1, 2]);
    await sleep(0);
    expect(workers.slice(0, 2).every((w) => w.terminated)).toBe(true);
    await pool.close();
  });

  it('throws away a worker whose task failed and keeps serving', async () => {
    const { pool, workers } = fakePool(1, 100);
    await expect(pool.run(async () => Promise.reject(new Error('wasm abort')))).rejects.toThrow('wasm abort');
    const id = await pool.run(async (w) => w.id);
    expect(id).toBe(1);
    await sleep(0);
    expect(workers[0]?.terminated).toBe(true);
    await pool.close();
  });

  it('terminates every worker on close and refuses new tasks', async () => {
    const { pool, workers } = fakePool(2, 100);
    await pool.warm();
    expect(workers).toHaveLength(2);
    await pool.close();
    expect(workers.every((w) => w.terminated)).toBe(true);
    await expect(pool.run(async () => 1)).rejects.toThrow(/closed/);
  });

  it('retries starting a worker after a failed start', async () => {
    let attempts = 0;
    const pool = createWorkerPool({
      size: 1,
      recycleAfterTasks: 10,
      start: async () => {
        attempts++;
        if (attempts === 1) throw new Error('no memory');
        return new FakeWorker(attempts);
      },
    });
    await expect(pool.run(async () => 1)).rejects.toThrow('no memory');
    await expect(pool.run(async (w) => w.id)).resolves.toBe(2);
    await pool.close();
  });

  it('retires a worker right after a task when retireWhen says it has grown, and keeps the result', async () => {
    let next = 0;
    const workers: FakeWorker[] = [];
    const pool = createWorkerPool<FakeWorker>({
      size: 1,
      recycleAfterTasks: 100,
      start: async () => {
        const worker = new FakeWorker(next++);
        workers.push(worker);
        return worker;
      },
      retireWhen: (worker) => worker.id === 0,
    });
    await expect(pool.run(async (w) => `page read by ${w.id}`)).resolves.toBe('page read by 0');
    await sleep(0);
    expect(workers[0]!.terminated).toBe(true);
    const ids = [await pool.run(async (w) => w.id), await pool.run(async (w) => w.id)];
    expect(ids).toEqual([1, 1]);
    await pool.close();
  });
});
