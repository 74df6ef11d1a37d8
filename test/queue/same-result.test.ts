import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logger, resolveConfig } from '../../src/config/index.ts';
import { writeDocumentOutputs } from '../../src/io/write-document.ts';
import { createPipelineContext } from '../../src/pipeline/context.ts';
import { processDocument } from '../../src/pipeline/process-document.ts';
import { importViaQueue } from '../../src/queue/import-via-queue.ts';
import { runWorker, type RunningWorker } from '../../src/queue/run-worker.ts';
import { acquireTestRedis, deletePrefix, randomPrefix } from '../helpers/redis.ts';
import { bornDigitalPdf } from './born-digital-pdf.ts';

const redis = await acquireTestRedis();
afterAll(() => redis?.stop());

const PAGES = [
  'Protokoll fört vid sammanträde med kommunstyrelsen\nTid: tisdagen den 18 april 2023 kl. 09.00–11.30\nPlats: Kommunhuset, sammanträdesrum Utö',
  'Närvarande ledamöter: Anna Sjöström (S), ordförande; Per-Olof Mörk (M)\nJusterare: Lena Åberg',
  '§ 12 Budget för äldreomsorgen\nBeslut: Kommunstyrelsen beslutar att godkänna förslaget.',
  '§ 13 Övriga frågor\nInga övriga frågor anmäldes.\nVid protokollet: Kerstin Öhman',
];

describe.skipIf(!redis)('the queue and the in-process runner', () => {
  const url = redis?.url ?? '';
  const config = resolveConfig({ ocrWorkers: 1 });
  let prefix: string;
  let dir: string;
  let worker: RunningWorker | null = null;

  beforeEach(async () => {
    prefix = randomPrefix();
    dir = await mkdtemp(join(tmpdir(), 'minutes-same-'));
  });
  afterEach(async () => {
    await worker?.close();
    worker = null;
    await deletePrefix(url, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  it('give the same JSON and text for a multi-page document', async () => {
    const pdf = join(dir, 'ks-2023-04-18.pdf');
    const bytes = await bornDigitalPdf(PAGES);
    await writeFile(pdf, bytes);

    const ctx = await createPipelineContext(config, logger);
    try {
      const result = await processDocument(new Uint8Array(bytes), 'ks-2023-04-18.pdf', ctx, pLimit(1));
      await writeDocumentOutputs(join(dir, 'in-process'), result);
    } finally {
      await ctx.close();
    }

    worker = await runWorker({ redisUrl: url, prefix, config, concurrency: 2, handleSignals: false });
    const outcomes = await importViaQueue({ inputs: [pdf], outDir: join(dir, 'queued'), redisUrl: url, prefix, config, pollMs: 100 });
    expect(outcomes).toEqual([{ file: pdf, ok: true, pages: PAGES.length }]);

    const read = (folder: string, ext: string) => readFile(join(dir, folder, `ks-2023-04-18.${ext}`), 'utf8');
    const queuedText = await read('queued', 'txt');
    expect(queuedText.split('\f')).toHaveLength(PAGES.length);
    expect(queuedText).toContain('äldreomsorgen');
    expect(queuedText).toBe(await read('in-process', 'txt'));
    expect(JSON.parse(await read('queued', 'json'))).toEqual(JSON.parse(await read('in-process', 'json')));
  });
});
