import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.ts';
import { awaitDocument, queueDocument } from '../../src/queue/queue-document.ts';
import { openQueueSession } from '../../src/queue/queue-session.ts';
import { runWorker } from '../../src/queue/run-worker.ts';
import { hasRedisServer, startRedisServer } from '../helpers/redis.ts';
import { bornDigitalPdf, countPdfkitPages } from './born-digital-pdf.ts';

const FAKE_PROCESSOR = fileURLToPath(new URL('./fixtures/fake-page-processor.mjs', import.meta.url));
const canRestart = hasRedisServer();
if (!canRestart) console.warn('\n!! SKIPPING the Redis restart test: no redis-server binary to restart\n');

describe.skipIf(!canRestart)('a Redis restart', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  });

  it('is survived by the worker and the waiting importer: the document in flight and a new one both complete', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-restart-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    let server = await startRedisServer({ dir });
    cleanups.push(() => server.stop());
    const { port } = server;
    process.env.FAKE_PAGE_LOG = join(dir, 'pages.log');
    process.env.FAKE_PAGE_MS = '300';

    const config = resolveConfig({});
    const worker = await runWorker({ redisUrl: server.url, prefix: 'restart', config, concurrency: 1, handleSignals: false, pageProcessorFile: FAKE_PROCESSOR });
    cleanups.push(() => worker.close(true));
    const session = await openQueueSession({ redisUrl: server.url, prefix: 'restart' });
    cleanups.push(() => session.close());

    const submit = async (name: string, pages: string[]) => {
      const path = join(dir, name);
      await writeFile(path, await bornDigitalPdf(pages));
      const queued = await queueDocument(session, path, { outDir: join(dir, 'out'), config, inspectPdf: countPdfkitPages });
      if (queued === 'skipped') throw new Error('unexpected skip');
      return queued;
    };
    const first = await submit('före.pdf', ['1', '2', '3', '4', '5', '6']);
    const waiting = awaitDocument(session, first, { pollMs: 100 });

    const runs = async () => (await readFile(join(dir, 'pages.log'), 'utf8').catch(() => '')).split('\n').filter(Boolean).length;
    while ((await runs()) < 1) await new Promise((r) => setTimeout(r, 50));
    await server.stop();
    await new Promise((r) => setTimeout(r, 1500));
    server = await startRedisServer({ port, dir });

    expect(await waiting).toMatchObject({ ok: true, pages: 6 });
    const second = await submit('efter.pdf', ['a', 'b']);
    expect(await awaitDocument(session, second, { pollMs: 100 })).toMatchObject({ ok: true, pages: 2 });
    expect(await readFile(join(dir, 'out', 'efter.txt'), 'utf8')).toContain('sida-2');
  });
});
