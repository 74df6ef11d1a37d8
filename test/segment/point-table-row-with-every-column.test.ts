import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('a point table row with a cell for every column', () => {
  it('keeps a title whole that has a colon or a capitalised name inside it', () => {
    const m = run(
      'Kallelse till styrelsemöte\n\nDatum\tTisdagen den 3 mars 2026\n\n' +
        'Nr\tÄrende\tFöredragande\tB/I\n1\tMötets öppnande\tOrdförande\t\n2\tAnsökan om medel: Vägen vidare för unga i Ekby\tProcessledare\tB\n' +
        '3\tFörlängning av projektet Stegbrädan till och med maj 2027\tProcessledare\tB\n4\tÖvriga frågor\t\t\n',
    );
    expect(m.items.map((i) => i.title)).toEqual([
      'Mötets öppnande',
      'Ansökan om medel: Vägen vidare för unga i Ekby',
      'Förlängning av projektet Stegbrädan till och med maj 2027',
      'Övriga frågor',
    ]);
  });
});
