import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.ts';
import { importViaQueue } from '../../src/queue/import-via-queue.ts';
import { queueDocument, awaitDocument } from '../../src/queue/queue-document.ts';
import { openQueueSession } from '../../src/queue/queue-session.ts';
import { runWorker, type RunningWorker } from '../../src/queue/run-worker.ts';
import { acquireTestRedis, deletePrefix, randomPrefix } from '../helpers/redis.ts';
import { bornDigitalPdf, countPdfkitPages } from './born-digital-pdf.ts';

const FAKE_PROCESSOR = fileURLToPath(new URL('./fixtures/fake-page-processor.mjs', import.meta.url));
const redis = await acquireTestRedis();
afterAll(() => redis?.stop());

describe.skipIf(!redis)('importing through the queue', () => {
  const url = redis?.url ?? '';
  const config = resolveConfig({ ocrWorkers: 2 });
  let prefix: string;
  let dir: string;
  let worker: RunningWorker | null = null;
  let pageLog: string;

  beforeEach(async () => {
    prefix = randomPrefix();
    dir = await mkdtemp(join(tmpdir(), 'minutes-queue-'));
    pageLog = join(dir, 'pages.log');
    process.env.FAKE_PAGE_LOG = pageLog;
    process.env.FAKE_PAGE_MS = '50';
  });

  afterEach(async () => {
    await worker?.close();
    worker = null;
    await deletePrefix(url, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  const startWorker = async (pageProcessorFile?: string) => {
    worker = await runWorker({ redisUrl: url, prefix, config, concurrency: 2, handleSignals: false, ...(pageProcessorFile ? { pageProcessorFile } : {}) });
  };
  const pageRuns = async () => (await readFile(pageLog, 'utf8').catch(() => '')).split('\n').filter(Boolean).map((l) => l.split(' ')[0]);

  it('writes a queued document once all its pages are done, pages in order', async () => {
    await startWorker(FAKE_PROCESSOR);
    const pdf = join(dir, 'Protokoll 2023.pdf');
    await writeFile(pdf, await bornDigitalPdf(['ett', 'två', 'tre']));
    const events: string[] = [];
    const outDir = join(dir, 'out');
    const outcomes = await importViaQueue({
      inputs: [pdf],
      outDir,
      redisUrl: url,
      prefix,
      config,
      pollMs: 100,
      inspectPdf: countPdfkitPages,
      onProgress: (e) => events.push(e.kind === 'page' ? `page ${e.pagesDone}/${e.pages}` : `document ${e.outcome.ok}`),
    });
    expect(outcomes).toEqual([{ file: pdf, ok: true, pages: 3 }]);
    const text = await readFile(join(outDir, 'Protokoll 2023.txt'), 'utf8');
    expect(text.split('\f').map((p) => /sida-\d+/.exec(p)?.[0])).toEqual(['sida-1', 'sida-2', 'sida-3']);
    const json = JSON.parse(await readFile(join(outDir, 'Protokoll 2023.json'), 'utf8'));
    expect(json.source).toMatchObject({ file: 'Protokoll 2023.pdf', pages: 3 });
    expect(events.at(-1)).toBe('document true');
    expect(events).toContain('page 3/3');
  });

  it('processes the same file submitted twice at once only once', async () => {
    const pdf = join(dir, 'dubbel.pdf');
    await writeFile(pdf, await bornDigitalPdf(['a', 'b', 'c', 'd']));
    const outDir = join(dir, 'out');
    const submit = () => importViaQueue({ inputs: [pdf], outDir, redisUrl: url, prefix, config, pollMs: 100, inspectPdf: countPdfkitPages });
    // Both submissions are queued before any worker runs, so the second one meets the first in flight.
    const both = Promise.all([submit(), submit()]);
    await new Promise((r) => setTimeout(r, 500));
    await startWorker(FAKE_PROCESSOR);
    const [first, second] = await both;
    expect(first).toEqual([{ file: pdf, ok: true, pages: 4 }]);
    expect(second).toEqual([{ file: pdf, ok: true, pages: 4 }]);
    expect((await pageRuns()).sort()).toEqual([1, 2, 3, 4].map((n) => expect.stringMatching(new RegExp(`-p${n}$`))));
    expect(await pageRuns()).toHaveLength(4);

    // Once written, submitting it again is a skip, not a new run.
    const again = await submit();
    expect(again).toEqual([{ file: pdf, ok: true, skipped: true }]);
    expect(await pageRuns()).toHaveLength(4);
  });

  it('fails a bad file at once with its reason and still imports the rest', async () => {
    await startWorker(FAKE_PROCESSOR);
    const good = join(dir, 'bra.pdf');
    const bad = join(dir, 'trasig.pdf');
    await writeFile(good, await bornDigitalPdf(['hej']));
    await writeFile(bad, 'this is not a pdf');
    const outcomes = await importViaQueue({ inputs: [bad, good], outDir: join(dir, 'out'), redisUrl: url, prefix, config, pollMs: 100, inspectPdf: countPdfkitPages });
    expect(outcomes).toEqual([
      { file: bad, ok: false, reason: 'not a PDF (no %PDF- header)' },
      { file: good, ok: true, pages: 1 },
    ]);
    expect(await readdir(join(dir, 'out'))).toEqual(expect.arrayContaining(['bra.json', 'bra.txt']));
  });

  it('fails a document whose page fails permanently with the page reason, without retrying (sandboxed TypeScript processor)', async () => {
    await startWorker(); // the real workers/page-processor.mjs, loading TypeScript through tsx in BullMQ's child
    const pdf = join(dir, 'ändrad.pdf');
    await writeFile(pdf, await bornDigitalPdf(['före']));
    const session = await openQueueSession({ redisUrl: url, prefix });
    try {
      const queued = await queueDocument(session, pdf, { outDir: join(dir, 'out'), config, inspectPdf: countPdfkitPages });
      if (queued === 'skipped') throw new Error('unexpected skip');
      await writeFile(pdf, await bornDigitalPdf(['efter']));
      const outcome = await awaitDocument(session, queued, { pollMs: 100 });
      expect(outcome).toEqual({ file: pdf, ok: false, reason: `page 1: ${pdf} changed after it was submitted` });
      const page = await session.clients.pages.getJob(`${queued.submission.sha256}-p1`);
      expect(page?.attemptsMade).toBe(1);
    } finally {
      await session.close();
    }
  });
});
