import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import type { ItemHeading } from '../../src/segment/item-heading.ts';
import { withLostNumberColumn } from '../../src/segment/lost-number-column.ts';

describe('an agenda table read with geometry whose number column OCR lost with its heading', () => {
  it('takes "Ärende | Föredragande" as the head and numbers the rows left of the presenter column, a title wrapped after its preposition kept as one', () => {
    const lines = [
      documentLine(1, ['Ärende', 'Föredragande'], [280, 1040]),
      documentLine(1, ['Mötets öppnande', 'Ordförande'], [281, 1040]),
      documentLine(1, ['Budget 2027', 'Ekonom'], [282, 1042]),
      documentLine(1, ['Ansökan om medel för unga i', 'Processledare'], [282, 1043]),
      documentLine(1, ['Ekby'], [284]),
      documentLine(1, ['4', 'Övriga frågor'], [194, 285]),
      documentLine(1, ['5', 'Mötets avslutande'], [195, 286]),
    ];
    const chain: ItemHeading[] = [
      { line: 5, number: '4', title: 'Övriga frågor', trailing: [], kind: 'bare' },
      { line: 6, number: '5', title: 'Mötets avslutande', trailing: [], kind: 'bare' },
    ];
    expect(withLostNumberColumn(lines, chain).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Budget 2027'],
      ['3', 'Ansökan om medel för unga i'],
      ['4', 'Övriga frågor'],
      ['5', 'Mötets avslutande'],
    ]);
  });
});
