import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.ts';
import { startWatcher, type RunningWatcher, type WatchEvent } from '../../src/watch/start-watcher.ts';
import { bornDigitalPdf } from '../queue/born-digital-pdf.ts';

describe('watching an inbox without Redis', () => {
  let dir: string;
  let watcher: RunningWatcher | null = null;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutes-watch-local-'));
  });
  afterEach(async () => {
    await watcher?.close();
    watcher = null;
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a PDF in process and fails a broken one with the pipeline reason beside it', async () => {
    const inbox = join(dir, 'inbox');
    const outDir = join(dir, 'out');
    const events: WatchEvent[] = [];
    await import('node:fs/promises').then((fs) => fs.mkdir(inbox, { recursive: true }));
    await writeFile(join(inbox, 'Möte.PDF'), await bornDigitalPdf(['Protokoll från sammanträdet', 'Justerare: Åsa Öberg']));
    await writeFile(join(inbox, 'tom.pdf'), '');
    watcher = await startWatcher({ inbox, outDir, config: resolveConfig({ ocrWorkers: 1 }), stableMs: 200, onEvent: (e) => events.push(e) });
    const deadline = Date.now() + 60_000;
    while (events.filter((e) => e.kind === 'processed' || e.kind === 'failed').length < 2) {
      if (Date.now() > deadline) throw new Error(JSON.stringify(events));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await readdir(join(inbox, 'processed'))).toEqual(['Möte.PDF']);
    expect((await readdir(join(inbox, 'failed'))).sort()).toEqual(['tom.error.txt', 'tom.pdf']);
    const reason = await readFile(join(inbox, 'failed', 'tom.error.txt'), 'utf8');
    expect(reason).toMatch(/empty/i);
    expect(await readFile(join(outDir, 'Möte.txt'), 'utf8')).toContain('Åsa Öberg');
  });
});
