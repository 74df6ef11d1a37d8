import { describe, expect, it } from 'vitest';
import type { Line, Page } from '../../src/domain/index.ts';
import { visualRows } from '../../src/segment/visual-rows.ts';

function line(block: number, y: number, words: [string, number][]): Line {
  const ws = words.map(([text, x]) => ({ text, bbox: { x0: x, y0: y, x1: x + text.length * 18, y1: y + 30 }, confidence: 0.9 }));
  return { words: ws, block, bbox: { x0: ws[0]!.bbox.x0, y0: y, x1: ws[ws.length - 1]!.bbox.x1, y1: y + 30 } };
}

function page(lines: Line[]): Page {
  return { number: 1, width: 2480, height: 3508, lines, source: 'ocr', rotation: 0, notes: [] };
}

describe('visual rows', () => {
  it('pairs a label column read as its own block with the values beside it', () => {
    const rows = visualRows(
      page([
        line(0, 100, [['Plats', 200], ['och', 310], ['tid', 390]]),
        line(0, 300, [['Beslutande', 200]]),
        line(1, 104, [['Kommunhuset,', 800], ['sal', 1050], ['A', 1120]]),
        line(1, 302, [['Karin', 800], ['Ståhl', 920], ['(S)', 1040]]),
        line(1, 348, [['Per', 800], ['Lind', 880], ['(M)', 980]]),
      ]),
    );
    const filled = rows.filter((r) => r.cells.length > 0).map((r) => r.cells);
    expect(filled).toEqual([['Plats och tid', 'Kommunhuset, sal A'], ['Beslutande', 'Karin Ståhl (S)'], ['Per Lind (M)']]);
  });
  it('puts a label printed halfway down a wrapped value beside the value\'s first line', () => {
    const rows = visualRows(
      page([
        line(8, 100, [['Kommunhuset,', 800], ['tisdagen', 1050], ['kl.', 1250]]),
        line(2, 118, [['Plats', 200], ['och', 310], ['tid', 390]]),
        line(8, 140, [['13.15–16.40', 800]]),
      ]),
    );
    const filled = rows.filter((r) => r.cells.length > 0).map((r) => r.cells);
    expect(filled).toEqual([['Plats och tid', 'Kommunhuset, tisdagen kl.'], ['13.15–16.40']]);
  });
  it('splits one line at a wide column gap', () => {
    const rows = visualRows(page([line(0, 100, [['Vid', 200], ['anteckningarna', 270], ['Justeras', 1400]])]));
    expect(rows[0]!.cells).toEqual(['Vid anteckningarna', 'Justeras']);
  });
  it('marks a vertical gap wider than a line as a blank row', () => {
    const rows = visualRows(page([line(0, 100, [['Ett', 200]]), line(0, 300, [['Två', 200]])]));
    expect(rows.map((r) => r.cells.length)).toEqual([1, 0, 1]);
  });
  it('ends a paragraph where the step from line to line is one and a half lines, though the boxes nearly touch', () => {
    // Lines 30 px high every 34 px; a paragraph space of 19 px (a step of 49, 1.44 lines) is less than a line's height.
    const tops = [100, 134, 168, 202, 251, 285, 319, 353, 387];
    const rows = visualRows(page(tops.map((y, k) => line(0, y, [[`Rad${k + 1}`, 200]]))));
    expect(rows.map((r) => r.cells[0] ?? '')).toEqual(['Rad1', 'Rad2', 'Rad3', 'Rad4', '', 'Rad5', 'Rad6', 'Rad7', 'Rad8', 'Rad9']);
  });
  it('keeps a list whose entries have a little extra space (1.3 lines) together', () => {
    const tops = [100, 134, 168, 212, 246, 290, 324, 368, 402];
    const rows = visualRows(page(tops.map((y, k) => line(0, y, [[`Rad${k + 1}`, 200]]))));
    expect(rows.every((r) => r.cells.length === 1)).toBe(true);
  });
  it('keeps lines of an even step together, however many there are', () => {
    const rows = visualRows(page(Array.from({ length: 10 }, (_, k) => line(0, 100 + 40 * k, [[`Rad${k + 1}`, 200]]))));
    expect(rows.every((r) => r.cells.length === 1)).toBe(true);
  });
  it('drops a dot of dirt that OCR read as a lone letter in the gap between two signature columns', () => {
    const ws = [
      { text: 'ordförande', bbox: { x0: 260, y0: 1350, x1: 460, y1: 1390 }, confidence: 0.9 },
      { text: 'i', bbox: { x0: 1050, y0: 1358, x1: 1053, y1: 1361 }, confidence: 0.3 },
      { text: 'sekreterare', bbox: { x0: 1120, y0: 1362, x1: 1360, y1: 1390 }, confidence: 0.9 },
    ];
    const rows = visualRows(page([{ words: ws, block: 0, bbox: { x0: 260, y0: 1350, x1: 1360, y1: 1392 } }]));
    expect(rows.filter((r) => r.cells.length > 0).map((r) => r.cells)).toEqual([['ordförande', 'sekreterare']]);
  });
  it('keeps a lone letter of the type\'s size as a word', () => {
    const rows = visualRows(page([line(0, 100, [['Plats', 200], ['i', 1000], ['Kommunhuset', 1040]])]));
    expect(rows.filter((r) => r.cells.length > 0).map((r) => r.cells)).toEqual([['Plats', 'i Kommunhuset']]);
  });
});
