import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const titles = (text: string) => segment(text).items.map((i) => [i.number, i.title]);

describe('an agenda table whose empty cells hold a dash, the column gap closed by OCR', () => {
  it('leaves the dash of the next column\'s empty cell, and the scraps after it, out of the title', () => {
    const text = 'KALLELSE\nFritidsnämnden\n\nPunkt — Ärende Handlingar\n\n1 Val av justerare - s\n\n2 Taxor för Ekmora simhall Tjänsteskrivelse\n\n3 Information från förvaltningen –';
    expect(titles(text)).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Taxor för Ekmora simhall'],
      ['3', 'Information från förvaltningen'],
    ]);
  });
  it('keeps a hyphen joined to its word, as a compound broken off before "och" is', () => {
    expect(titles('KALLELSE\nFritidsnämnden\n\n1 Val av justerare\n2 Bidrag till kultur-\n3 Meddelanden')[1]![1]).toMatch(/kultur-$/u);
  });
});
