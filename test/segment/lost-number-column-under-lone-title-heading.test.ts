import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('an agenda table whose number column OCR lost with its heading', () => {
  it('numbers the rows under a lone "Ärende" heading before the first number read, a title wrapped after its preposition kept whole', () => {
    const m = run(
      'Kallelse till styrelsemöte\n\nDatum\nTid\n\nTisdagen den 3 mars 2026\n13.00-15.00\n\n' +
        'Ärende\n\nMötets öppnande\n\nVal av justerare\n\nBudget 2027 för förbundet\nAnsökan om medel för unga i\nEkby :\n\n' +
        '5 Rapport från beredningen\n\n6 Övriga frågor\n\n7 Mötets avslutande\n\nFöredragande\n\nOrdförande\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Val av justerare'],
      ['3', 'Budget 2027 för förbundet'],
      ['4', 'Ansökan om medel för unga i Ekby'],
      ['5', 'Rapport från beredningen'],
      ['6', 'Övriga frågor'],
      ['7', 'Mötets avslutande'],
    ]);
  });
});
