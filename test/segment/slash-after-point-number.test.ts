import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('a typewriter slash after the number of a point', () => {
  it('reads "2/ Lokalfrågan" as point 2, and keeps a fraction or date in the text', () => {
    const text = 'PM\n\nNärv: T. Vinge, P. Åkerlund\n\n1/ Föregående PM\nGodkändes.\n\n2/ Lokalfrågan\nHyran höjs med 1/4 från 1/7.\n\n3/ Nästa sammanträde\nTisdagen den 4 maj 1982.\n';
    const minutes = segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Föregående PM'],
      ['2', 'Lokalfrågan'],
      ['3', 'Nästa sammanträde'],
    ]);
    expect(minutes.items[1]!.text).toBe('Hyran höjs med 1/4 från 1/7.');
  });
});
