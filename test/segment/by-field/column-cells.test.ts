import { describe, expect, it } from 'vitest';
import type { Page, Word } from '../../../src/domain/index.ts';
import { visualRows } from '../../../src/segment/visual-rows.ts';

const word = (text: string, x0: number, x1: number, y0: number, y1: number): Word => ({ text, confidence: 0.9, bbox: { x0, y0, x1, y1 } });
const page = (words: Word[]): Page =>
  ({
    number: 1,
    width: 1700,
    height: 2200,
    lines: [{ words, block: 1, bbox: { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: Math.min(...words.map((w) => w.bbox.y0)), x1: Math.max(...words.map((w) => w.bbox.x1)), y1: Math.max(...words.map((w) => w.bbox.y1)) } }],
  }) as unknown as Page;

describe('splits a page read with geometry into column cells', () => {
  it('splits a table row into its cells on a tilted scan, where the line box is far taller than the type', () => {
    // The row slopes upward by 30 px across the page: the line box is 57 px tall, the words 25-30 px.
    const row = page([
      word('1.', 183, 204, 564, 586),
      word('Plan', 211, 290, 561, 591),
      word('Bygget', 414, 520, 556, 586),
      word('dröjer', 530, 620, 553, 577),
      word('Gruppen', 928, 1040, 546, 574),
      word('godkänner', 1050, 1200, 541, 571),
      word('planen', 1210, 1300, 534, 559),
    ]);
    expect(visualRows(row)[0]!.cells).toEqual(['1. Plan', 'Bygget dröjer', 'Gruppen godkänner planen']);
  });
  it('keeps a speck alone in a column gap with the cell before it, but a dash is an empty cell\'s mark', () => {
    expect(visualRows(page([word('Justerare', 166, 303, 706, 733), word('>', 366, 371, 720, 724), word('Mio', 555, 600, 710, 732), word('Berg', 612, 680, 710, 732)]))[0]!.cells).toEqual(['Justerare >', 'Mio Berg']);
    expect(visualRows(page([word('Ek', 311, 360, 700, 730), word('Maja', 697, 770, 700, 730), word('–', 1031, 1050, 714, 718), word('chef', 1275, 1340, 700, 730)]))[0]!.cells).toEqual(['Ek', 'Maja', '–', 'chef']);
  });
});
