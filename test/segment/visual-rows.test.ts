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
});
