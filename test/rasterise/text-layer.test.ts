import { describe, expect, it } from 'vitest';
import { pageText } from '../../src/domain/index.ts';
import { extractTextLayer, openPdf } from '../../src/rasterise/index.ts';
import { linesFromRuns } from '../../src/rasterise/text-layer.ts';
import { textPdf } from './pdf-builders.ts';

describe('extractTextLayer', () => {
  it('reads Swedish text line by line in reading order, in 300-dpi page pixels', async () => {
    const lines = ['Minnesanteckningar från nätverksmöte', 'Närvarande: Åsa Öberg, Pär Ängström', '§ 1 Mötets öppnande'];
    const pdf = await openPdf(await textPdf([lines]));
    const page = await extractTextLayer(pdf, 1);
    await pdf.close();
    expect(pageText(page)).toBe(lines.join('\n'));
    expect([page.width, page.height]).toEqual([2480, 3508]);
    expect(page.source).toBe('text-layer');
    expect(page.rotation).toBe(0);
    // 72 pt margin at 300 dpi is 300 px.
    expect(page.lines[0]!.words[0]!.bbox.x0).toBeCloseTo(300, -1);
    const tops = page.lines.map((l) => l.bbox.y0);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    for (const line of page.lines) {
      const xs = line.words.map((w) => w.bbox.x0);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      for (const w of line.words) expect(w.confidence).toBe(1);
    }
  });

  it('returns no lines for a page without text', async () => {
    const pdf = await openPdf(await textPdf([['Ett'], []]));
    expect((await extractTextLayer(pdf, 2)).lines).toEqual([]);
    await pdf.close();
  });
});

describe('linesFromRuns', () => {
  const run = (text: string, x: number, baseline: number, size = 40) => ({ text, x, baseline, width: text.length * size * 0.5, size });

  it('joins runs on one baseline into a line, left to right, whatever order they came in', () => {
    const lines = linesFromRuns([run('ordförande', 600, 500), run('Sjöström,', 100, 501)]);
    expect(lines.map((l) => l.words.map((w) => w.text))).toEqual([['Sjöström,', 'ordförande']]);
  });

  it('glues runs that split one word without a gap', () => {
    const first = run('Kommun', 100, 500);
    const lines = linesFromRuns([first, run('styrelsen', 100 + first.width, 500)]);
    expect(lines[0]!.words.map((w) => w.text)).toEqual(['Kommunstyrelsen']);
  });

  it('starts a new block after a clear vertical gap', () => {
    const lines = linesFromRuns([run('Rubrik', 100, 100), run('Första raden', 100, 150), run('Nytt stycke', 100, 400)]);
    expect(lines.map((l) => l.block)).toEqual([0, 0, 1]);
  });
});
