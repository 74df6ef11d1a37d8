import { describe, expect, it } from 'vitest';
import type { Line, Page } from '../../src/domain/index.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { visualRows } from '../../src/segment/visual-rows.ts';

// Cells of OCR text laid out from x: words 18 px a letter, 10 px apart, 30 px high.
function line(block: number, y: number, cells: [string, number][]): Line {
  const words = cells.flatMap(([text, x]) => {
    let at = x;
    return text.split(' ').map((w) => {
      const word = { text: w, bbox: { x0: at, y0: y, x1: at + w.length * 18, y1: y + 30 }, confidence: 0.9 };
      at = word.bbox.x1 + 10;
      return word;
    });
  });
  return { words, block, bbox: { x0: words[0]!.bbox.x0, y0: y, x1: words[words.length - 1]!.bbox.x1, y1: y + 30 } };
}

function page(lines: Line[]): Page {
  return { number: 1, width: 2480, height: 3508, lines, source: 'ocr', rotation: 0, notes: [] };
}

// A table of points whose columns stand closer than the gap that splits any row, its notes wrapped in their columns.
const TABLE = [
  line(0, 100, [['Minnesanteckningar', 200]]),
  line(1, 200, [['Datum: 2027-03-04', 200]]),
  line(2, 300, [['Punkt', 200], ['Diskussion', 420], ['Beslut', 1100]]),
  line(2, 345, [['1. Vägarna', 200], ['Grusvägen har fått nya', 420], ['Gruppen beställer mer', 1100]]),
  line(2, 385, [['hål.', 420], ['grus.', 1100]]),
  line(2, 425, [['2. Övrigt', 200], ['Inga frågor.', 420], ['-', 1100]]),
];

describe('a table under a row of column headings on an OCR page', () => {
  it('splits a row where a space wider than a word\'s ends at a heading\'s edge, and adds a wrapped row\'s words to its columns', () => {
    const filled = visualRows(page(TABLE)).filter((r) => r.cells.length > 0).map((r) => r.cells);
    expect(filled.slice(2)).toEqual([
      ['Punkt', 'Diskussion', 'Beslut'],
      ['1. Vägarna', 'Grusvägen har fått nya hål.', 'Gruppen beställer mer grus.'],
      ['2. Övrigt', 'Inga frågor.', '-'],
    ]);
  });
  it('gives each point its notes and the decision column\'s words as its decision', () => {
    const m = segmentMinutes({ pages: [page(TABLE)] }, { file: 'x.pdf', sha256: null, pages: 1 });
    expect(m.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['1', 'Vägarna', ['Gruppen beställer mer grus.']],
      ['2', 'Övrigt', []],
    ]);
  });
  it('leaves a sentence under the table whole, its word spaces narrow', () => {
    const rows = visualRows(page([...TABLE, line(3, 520, [['Antecknat av Tyra Molk och Ebbe Grus', 200]])]));
    expect(rows.filter((r) => r.cells.length > 0).at(-1)!.cells).toEqual(['Antecknat av Tyra Molk och Ebbe Grus']);
  });
  it('leaves rows alone where no row of column headings stands above them', () => {
    const rows = visualRows(page([line(0, 100, [['1. Vägarna', 200], ['Grusvägen har fått nya', 420]])]));
    expect(rows.filter((r) => r.cells.length > 0).map((r) => r.cells)).toEqual([['1. Vägarna Grusvägen har fått nya']]);
  });
});

describe('a head table on an OCR page whose labels stand apart but whose values ran together', () => {
  it('cuts "2027-03-04 10.00-11.30 Kvistgården, rum 5" under "Datum | Tid | Plats" into the three values', () => {
    const m = segmentMinutes(
      {
        pages: [
          page([
            line(0, 100, [['Minnesanteckningar', 200]]),
            line(1, 200, [['Datum', 200], ['Tid', 460], ['Plats', 720]]),
            line(1, 240, [['2027-03-04 10.00-11.30 Kvistgården, rum 5', 200]]),
            line(2, 340, [['1. Start', 200]]),
            line(2, 380, [['Text.', 200]]),
            line(3, 480, [['2. Slut', 200]]),
            line(3, 520, [['Text.', 200]]),
          ]),
        ],
      },
      { file: 'x.pdf', sha256: null, pages: 1 },
    );
    expect(m.meeting).toEqual({ date: '2027-03-04', start: '10:00', end: '11:30', place: 'Kvistgården, rum 5' });
  });
});
