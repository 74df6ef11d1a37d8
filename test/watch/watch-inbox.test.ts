import { appendFile, copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.ts';
import { runWorker, type RunningWorker } from '../../src/queue/run-worker.ts';
import { startWatcher, type RunningWatcher, type WatchEvent } from '../../src/watch/start-watcher.ts';
import { acquireTestRedis, deletePrefix, randomPrefix } from '../helpers/redis.ts';
import { bornDigitalPdf, countPdfkitPages } from '../queue/born-digital-pdf.ts';

const FAKE_PROCESSOR = fileURLToPath(new URL('../queue/fixtures/fake-page-processor.mjs', import.meta.url));
const redis = await acquireTestRedis();
afterAll(() => redis?.stop());

const MANY = 200;

describe.skipIf(!redis)('watching an inbox with Redis workers', () => {
  const url = redis?.url ?? '';
  const config = resolveConfig({});
  let prefix: string;
  let dir: string;
  let inbox: string;
  let outDir: string;
  let pageLog: string;
  let worker: RunningWorker | null = null;
  let watcher: RunningWatcher | null = null;
  let events: WatchEvent[];

  beforeEach(async () => {
    prefix = randomPrefix();
    dir = await mkdtemp(join(tmpdir(), 'minutes-watch-'));
    inbox = join(dir, 'inbox');
    outDir = join(dir, 'out');
    pageLog = join(dir, 'pages.log');
    process.env.FAKE_PAGE_LOG = pageLog;
    process.env.FAKE_PAGE_MS = '0';
    events = [];
    worker = await runWorker({ redisUrl: url, prefix, config, concurrency: 2, handleSignals: false, pageProcessorFile: FAKE_PROCESSOR });
  });

  afterEach(async () => {
    await watcher?.close();
    watcher = null;
    await worker?.close();
    worker = null;
    await deletePrefix(url, prefix);
    await rm(dir, { recursive: true, force: true });
  });

  const start = async () => {
    watcher = await startWatcher({
      inbox,
      outDir,
      config,
      redisUrl: url,
      prefix,
      pollMs: 200,
      stableMs: 400,
      inspectPdf: countPdfkitPages,
      onEvent: (e) => events.push(e),
    });
  };
  const finished = () => events.filter((e) => e.kind === 'processed' || e.kind === 'failed' || e.kind === 'duplicate');
  const until = async (done: () => boolean, ms: number) => {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out; events so far: ${JSON.stringify(events.slice(-5))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('imports a slow write, a bad PDF and 200 files dropped at once exactly once each, leaving temp files alone', async () => {
    await start();
    const temporary = ['upload.pdf.part', '~$möte.pdf', 'scan.tmp'];
    for (const name of temporary) await writeFile(join(inbox, name), 'partial');
    await writeFile(join(inbox, 'trasig.pdf'), 'not a pdf at all');

    // A slow writer: the file grows for ~1.2 s, longer than the stable window would allow if it were checked once.
    const slow = await bornDigitalPdf(['långsam']);
    const slowWrite = (async () => {
      const path = join(inbox, 'Långsam.PDF');
      const step = Math.ceil(slow.length / 4);
      for (let i = 0; i < slow.length; i += step) {
        await appendFile(path, slow.subarray(i, i + step));
        await new Promise((r) => setTimeout(r, 300));
      }
    })();

    const names = Array.from({ length: MANY }, (_, i) => `protokoll-${String(i).padStart(3, '0')}.pdf`);
    const staging = join(dir, 'staging');
    await Promise.all(names.map(async (name, i) => {
      const { mkdir } = await import('node:fs/promises');
      await mkdir(staging, { recursive: true });
      await writeFile(join(staging, name), await bornDigitalPdf([`dokument ${i}`]));
    }));
    await Promise.all(names.map((name) => copyFile(join(staging, name), join(inbox, name))));
    await slowWrite;

    await until(() => finished().length >= MANY + 2, 90_000);
    await new Promise((r) => setTimeout(r, 500)); // nothing more should arrive

    expect(finished()).toHaveLength(MANY + 2);
    const processed = await readdir(join(inbox, 'processed'));
    expect(processed.sort()).toEqual([...names, 'Långsam.PDF'].sort());
    expect((await readdir(join(inbox, 'failed'))).sort()).toEqual(['trasig.error.txt', 'trasig.pdf']);
    expect(await readFile(join(inbox, 'failed', 'trasig.error.txt'), 'utf8')).toBe('not a PDF (no %PDF- header)\n');
    const left = (await readdir(inbox)).filter((n) => !['processed', 'failed', '.minutes-state.json'].includes(n));
    expect(left.sort()).toEqual([...temporary].sort());
    for (const name of temporary) expect(await readFile(join(inbox, name), 'utf8')).toBe('partial');

    const outputs = (await readdir(outDir)).filter((n) => n.endsWith('.json'));
    expect(outputs).toHaveLength(MANY + 1);
    const runs = (await readFile(pageLog, 'utf8')).split('\n').filter(Boolean);
    expect(runs).toHaveLength(MANY + 1);
    const slowText = await readFile(join(outDir, 'Långsam.txt'), 'utf8');
    expect(slowText).toContain('Långsam.PDF');
  });

  it('moves a second copy of imported content to duplicates/ without importing it again, also after a restart', async () => {
    await start();
    const pdf = await bornDigitalPdf(['en gång']);
    await writeFile(join(inbox, 'original.pdf'), pdf);
    await until(() => finished().length === 1, 20_000);
    await watcher?.close();

    await writeFile(join(inbox, 'kopia.pdf'), pdf);
    await start();
    await until(() => finished().length === 2, 20_000);
    expect(finished()[1]).toMatchObject({ kind: 'duplicate', of: 'original.pdf' });
    expect(await readdir(join(inbox, 'duplicates'))).toEqual(['kopia.pdf']);
    expect((await readFile(pageLog, 'utf8')).split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('picks up files left in the inbox when it starts, and names outputs apart when a new PDF reuses an old name', async () => {
    await start();
    await writeFile(join(inbox, 'scan.pdf'), await bornDigitalPdf(['första']));
    await until(() => finished().length === 1, 20_000);
    await watcher?.close();
    watcher = null;

    await writeFile(join(inbox, 'scan.pdf'), await bornDigitalPdf(['andra']));
    await start();
    await until(() => finished().length === 2, 20_000);
    expect((await readdir(join(inbox, 'processed'))).sort()).toEqual(['scan (2).pdf', 'scan.pdf']);
    expect(await readFile(join(outDir, 'scan (2).txt'), 'utf8')).toContain('scan.pdf');
    expect(JSON.parse(await readFile(join(outDir, 'scan.json'), 'utf8')).source.file).toBe('scan.pdf');
  });
});
