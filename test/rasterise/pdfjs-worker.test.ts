import { describe, expect, it } from 'vitest';
import { extractTextLayer, openPdf } from '../../src/rasterise/index.ts';
import { acquirePdfWorker } from '../../src/rasterise/pdfjs-worker.ts';
import { textPdf } from './pdf-builders.ts';

describe('pdfjs worker threads', () => {
  it('serves the next document from the thread the last one closed', async () => {
    const bytes = await textPdf([['Första']]);
    await (await openPdf(bytes)).close();
    const warm = acquirePdfWorker();
    warm.release();
    const pdf = await openPdf(await textPdf([['Andra']]));
    const again = acquirePdfWorker();
    // The second document holds the warm thread, so a new one is started for this request.
    expect(again.thread).not.toBe(warm.thread);
    await again.terminate();
    const page = await extractTextLayer(pdf, 1);
    expect(page.lines.map((l) => l.words.map((w) => w.text).join(' '))).toEqual(['Andra']);
    await pdf.close();
  });

  it('leaves no message listener behind when a reused thread has served many documents', async () => {
    const bytes = await textPdf([['Sammanträde']]);
    await (await openPdf(bytes)).close();
    const probe = acquirePdfWorker();
    const before = probe.thread.listenerCount('message');
    probe.release();
    for (let i = 0; i < 5; i++) await (await openPdf(bytes)).close();
    const after = acquirePdfWorker();
    expect(after.thread).toBe(probe.thread);
    expect(after.thread.listenerCount('message')).toBe(before);
    after.release();
  });
});
