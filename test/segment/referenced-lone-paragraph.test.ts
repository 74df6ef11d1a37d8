import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const extract = (sign: string) =>
  [
    'SOLBY KOMMUN\tPROTOKOLLSUTDRAG\t1 (1)',
    'Kommunfullmäktige\tSammanträdesdatum',
    '\t2020-05-11',
    '',
    `${sign}\tDnr KS 20/0113`,
    'Ny taxa för färdtjänsten – antagande',
    'Sammanfattning',
    'Omsorgsnämnden föreslår en ny taxa för färdtjänsten som följer länets.',
    'Kommunfullmäktiges beslut',
    '1. Kommunfullmäktige antar den nya taxan.',
    '2. Taxan gäller från och med den 1 juli 2020.',
    '',
    'Vid protokollet',
    'Eva Strand',
  ].join('\n');

describe("an extract's one paragraph with its sign misread and its case reference on the row", () => {
  for (const sign of ['§ 37', '8 37', '$ 37', '837']) {
    it(`reads "${sign}" as the paragraph, the numbered points under it as its decisions`, () => {
      const m = segment(extract(sign));
      expect(m.items.map((i) => [i.number, i.title])).toEqual([['37', 'Ny taxa för färdtjänsten – antagande']]);
      expect(m.items[0]!.decisions).toEqual(['Kommunfullmäktige antar den nya taxan.', 'Taxan gäller från och med den 1 juli 2020.']);
    });
  }
  it('reads the sign and its case reference with a poor scan\'s specks between them and a quote against "Dnr"', () => {
    const m = segment(extract('837 . . |').replace('837 . . |\tDnr', '837 . . | "Dnr'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['37', 'Ny taxa för färdtjänsten – antagande']]);
  });
  it('keeps a numbered list whose first row has no case reference beside a lone misread sign', () => {
    const text = extract('8 37').replace('\tDnr KS 20/0113', '');
    expect(segment(text).items.map((i) => i.number)).not.toEqual(['37']);
  });
});
