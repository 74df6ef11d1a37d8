import { describe, expect, it } from 'vitest';
import type { Line, Page } from '../../src/domain/index.ts';
import { visualRows } from '../../src/segment/visual-rows.ts';

/** A line of words on a scan tilted so that the type rises `rise` pixels per 1000 to the right. */
function tiltedLine(y: number, words: string[], rise: number): Line {
  let x = 200;
  const ws = words.map((text) => {
    const top = y - ((x - 200) * rise) / 1000;
    const word = { text, bbox: { x0: x, y0: top, x1: x + text.length * 18, y1: top + 30 }, confidence: 0.9 };
    x += text.length * 18 + 14;
    return word;
  });
  const y0 = Math.min(...ws.map((w) => w.bbox.y0));
  const y1 = Math.max(...ws.map((w) => w.bbox.y1));
  return { words: ws, block: 0, bbox: { x0: 200, y0, x1: ws[ws.length - 1]!.bbox.x1, y1 } };
}

const page = (lines: Line[]): Page => ({ number: 1, width: 2480, height: 3508, lines, source: 'ocr', rotation: 0, notes: [] });
const LONG = 'Gruppen enades efter en lång överläggning om att föreslå nämnden en ny ordning'.split(' ');

describe('rows of a tilted scan', () => {
  it('keeps the short last line of a paragraph in its paragraph, though the long line above sits up the slope', () => {
    const lines = [0, 1, 2, 3, 4, 5].map((k) => tiltedLine(100 + 45 * k, LONG, 40));
    lines.push(tiltedLine(100 + 45 * 6, ['från', 'den', '1', 'juli.'], 40));
    const rows = visualRows(page(lines));
    expect(rows.filter((r) => r.cells.length === 0)).toHaveLength(0);
  });
  it('still marks a paragraph space that shows at the left margin too', () => {
    const lines = [0, 1, 2, 3, 4, 5].map((k) => tiltedLine(100 + 45 * k, LONG, 40));
    lines.push(tiltedLine(100 + 45 * 5 + 90, ['Nästa', 'stycke', 'börjar', 'här.'], 40));
    const rows = visualRows(page(lines));
    expect(rows.map((r) => r.cells.length === 0)).toEqual([false, false, false, false, false, false, true, false]);
  });
});
