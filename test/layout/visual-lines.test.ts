import { describe, expect, it } from 'vitest';
import { lineText, type Line, type Page } from '../../src/domain/index.ts';
import { orderVisualLines } from '../../src/layout/visual-lines.ts';

function line(text: string, x0: number, y0: number, block: number): Line {
  const words = text.split(' ').map((t, i) => ({
    text: t,
    bbox: { x0: x0 + i * 120, y0, x1: x0 + i * 120 + 100, y1: y0 + 40 },
    confidence: 0.9,
  }));
  return { words, bbox: { x0, y0, x1: x0 + words.length * 120, y1: y0 + 40 }, block };
}

function page(lines: Line[]): Page {
  return { number: 1, width: 2480, height: 3508, lines, source: 'ocr', rotation: 0, notes: [] };
}

describe('orderVisualLines', () => {
  it('puts a label column read as its own block back beside its values', () => {
    const result = orderVisualLines(
      page([
        line('Tid', 200, 500, 0),
        line('Plats', 200, 560, 0),
        line('Torsdagen den 9 mars', 700, 502, 1),
        line('Tyresö kommunhus', 700, 558, 1),
      ]),
    );
    expect(result.lines.map(lineText)).toEqual(['Tid Torsdagen den 9 mars', 'Plats Tyresö kommunhus']);
  });

  it('keeps the lines of one paragraph apart and in order', () => {
    const lines = [line('Första raden', 200, 500, 0), line('andra raden', 200, 545, 0), line('tredje', 200, 590, 0)];
    expect(orderVisualLines(page(lines)).lines.map(lineText)).toEqual(['Första raden', 'andra raden', 'tredje']);
  });

  it('does not merge rows that are a full line apart', () => {
    const result = orderVisualLines(page([line('Vänster', 200, 500, 0), line('Höger', 1400, 560, 1)]));
    expect(result.lines).toHaveLength(2);
  });

  it('joins a large heading and smaller text printed on the same row', () => {
    const big = { ...line('KOMMUN', 170, 140, 0), bbox: { x0: 170, y0: 140, x1: 460, y1: 190 } };
    const small = line('Sida 1 (4)', 1400, 160, 0);
    expect(orderVisualLines(page([big, small])).lines.map(lineText)).toEqual(['KOMMUN Sida 1 (4)']);
  });

  it('keeps every word exactly once', () => {
    const input = page([line('a b', 200, 500, 0), line('c', 900, 505, 1), line('d e', 200, 560, 0), line('f', 900, 562, 1)]);
    const words = orderVisualLines(input).lines.flatMap((l) => l.words.map((w) => w.text));
    expect(words.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
