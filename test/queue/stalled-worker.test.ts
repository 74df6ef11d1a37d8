import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.ts';
import { awaitDocument, queueDocument } from '../../src/queue/queue-document.ts';
import { openQueueSession } from '../../src/queue/queue-session.ts';
import { acquireTestRedis, deletePrefix, randomPrefix } from '../helpers/redis.ts';
import { bornDigitalPdf, countPdfkitPages } from './born-digital-pdf.ts';

const WORKER_PROCESS = fileURLToPath(new URL('./fixtures/worker-process.mjs', import.meta.url));
const FAKE_PROCESSOR = fileURLToPath(new URL('./fixtures/fake-page-processor.mjs', import.meta.url));
const redis = await acquireTestRedis();
afterAll(() => redis?.stop());

const PAGES = 8;
const PAGE_MS = 600;

describe.skipIf(!redis)('a worker killed in the middle of a document', () => {
  const url = redis?.url ?? '';
  let prefix: string;
  let dir: string;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    prefix = randomPrefix();
    dir = await mkdtemp(join(tmpdir(), 'minutes-stalled-'));
  });

  afterEach(async () => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
    }
    await deletePrefix(url, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  function startWorkerProcess(pageLog: string): Promise<ChildProcess> {
    const child = spawn(process.execPath, [WORKER_PROCESS], {
      env: {
        ...process.env,
        TEST_REDIS_URL: url,
        TEST_PREFIX: prefix,
        TEST_CONCURRENCY: '2',
        // Short locks so that a dead worker's jobs come back within seconds, not the default 30 s.
        TEST_LOCK_MS: '2000',
        TEST_STALLED_MS: '1000',
        TEST_PAGE_PROCESSOR: FAKE_PROCESSOR,
        FAKE_PAGE_LOG: pageLog,
        FAKE_PAGE_MS: String(PAGE_MS),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
      child.once('exit', (code) => reject(new Error(`worker exited early with ${code}`)));
    });
  }

  it('completes on another worker with every page in the output exactly once', async () => {
    const pdf = join(dir, 'lång.pdf');
    const pageLog = join(dir, 'pages.log');
    await writeFile(pdf, await bornDigitalPdf(Array.from({ length: PAGES }, (_, i) => `sida ${i + 1}`)));
    const outDir = join(dir, 'out');
    const session = await openQueueSession({ redisUrl: url, prefix });
    try {
      const queued = await queueDocument(session, pdf, { outDir, config: resolveConfig({}), inspectPdf: countPdfkitPages });
      if (queued === 'skipped') throw new Error('unexpected skip');
      const started = Date.now();
      const first = await startWorkerProcess(pageLog);
      const runs = async () => (await readFile(pageLog, 'utf8').catch(() => '')).split('\n').filter(Boolean);
      while ((await runs()).length < 3) await new Promise((r) => setTimeout(r, 50));
      first.kill('SIGKILL');
      const killedAt = Date.now();
      const doneBeforeKill = (await runs()).length;
      await startWorkerProcess(pageLog);
      const outcome = await awaitDocument(session, queued, { pollMs: 100 });
      const finished = Date.now();

      expect(outcome).toEqual({ file: pdf, ok: true, pages: PAGES });
      const text = await readFile(join(outDir, 'lång.txt'), 'utf8');
      const pageMarks = text.split('\f').map((p) => /sida-(\d+)/.exec(p)?.[1]);
      expect(pageMarks).toEqual(Array.from({ length: PAGES }, (_, i) => String(i + 1)));

      const pageIds = (await runs()).map((line) => line.split(' ')[0]);
      const pids = new Set((await runs()).map((line) => line.split(' ')[1]));
      console.info(
        `kill test: ${PAGES} pages, ${doneBeforeKill} done before SIGKILL at ${killedAt - started} ms, ` +
          `${pageIds.length} page completions in total by ${pids.size} processes, document done ${finished - killedAt} ms after the kill`,
      );
      // Every page ran; only a page in flight at the kill (at most `concurrency` = 2 of them) may have run twice,
      // when its orphaned process finished just before noticing its parent was gone. It still appears once above.
      expect(new Set(pageIds).size).toBe(PAGES);
      expect(pageIds.length - PAGES).toBeLessThanOrEqual(2);
    } finally {
      await session.close();
    }
  });
});
