import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { misreadNumberColumn } from '../../src/segment/misread-number-column.ts';
import { segment } from './by-field/segment-text.ts';

const rows = (text: string) => text.split('\n').map((t) => documentLine(1, t.trim() ? [t] : []));

describe('reads a table of points whose number column OCR misread in part', () => {
  it('numbers the rows that open with a short token and a title in order, when the figures it did read fit', () => {
    const table = 'Nr Rubrik Anteckningar\ni Lokalfrågan Vi har fått två förslag.\n2 Budget Prognosen är oförändrad.\nBeslut: Budgeten fastställs.\n«8 Rekrytering En tjänst är tillsatt.\n4 Nästa möte 2024-05-04 kl. 09.00\n\nAntecknat av: Ada Lund';
    expect(misreadNumberColumn(rows(table), 0)?.map((h) => [h.number, h.title.split(' ')[0]])).toEqual([
      ['1', 'Lokalfrågan'],
      ['2', 'Budget'],
      ['3', 'Rekrytering'],
      ['4', 'Nästa'],
    ]);
  });

  it('reads the number in a cell of its own, and splits the notes run into the title cell', () => {
    const lines = [
      documentLine(1, ['Nr', 'Rubrik', 'Anteckningar']),
      documentLine(1, ['i', 'Lokalfrågan', 'Vi har fått två förslag.']),
      documentLine(1, ['2', 'Budget Prognosen är oförändrad.']),
      documentLine(1, ['«8', 'Rekrytering', 'En tjänst är tillsatt.']),
      documentLine(1, ['4', 'Övrigt', 'Inget.']),
    ];
    expect(misreadNumberColumn(lines, 0)?.map((h) => [h.number, h.title])).toEqual([
      ['1', 'Lokalfrågan'],
      ['2', 'Budget Prognosen är oförändrad.'],
      ['3', 'Rekrytering'],
      ['4', 'Övrigt'],
    ]);
  });

  it('reads nothing when a row of notes that opens with a short word breaks the count', () => {
    const table = 'Nr Rubrik Anteckningar\ni Lokalfrågan Två förslag.\nVi Gick igenom dem.\n2 Budget Oförändrad.\n3 Rekrytering Klar.';
    expect(misreadNumberColumn(rows(table), 0)).toBeNull();
  });

  it('splits a date opening the note off the title in such a table', () => {
    const m = segment('Minnesanteckningar\nLedningsgruppen i Ekby\n2024-04-20 kl. 08.30–10.00\n\nNr Rubrik Anteckningar\ni Lokalfrågan Vi har fått två förslag.\n2 Budget Prognosen är oförändrad.\n«8 Rekrytering En tjänst är tillsatt.\n4 Nästa möte 2024-05-04 kl. 09.00\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Lokalfrågan'],
      ['2', 'Budget'],
      ['3', 'Rekrytering'],
      ['4', 'Nästa möte'],
    ]);
  });
});
