import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { withLatinOrdinal } from '../../src/segment/latin-ordinals.ts';

const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('points numbered with Latin ordinals', () => {
  it('reads 1:o, 2:o … in a column of their own as the numbers of a kungörelse\'s points, wrapped titles joined', () => {
    const m = run(
      'KUNGÖRELSE\n\nKyrkofullmäktige i Lindås församling sammanträder i prästgården onsdagen den 4 maj 1966 kl. 19.00.\n\n' +
        'Därvid förekomma följande ärenden:\n\n' +
        '1:o\tVal av två justeringsmän.\n' +
        '2:o\tKyrkorådets förslag till anslag för omläggning av\n\ttaket på Lindås kapell.\n' +
        '3:o\tVal av revisorer för tiden\n\t1967-1970.\n' +
        '4:o\tMotion av herr Olof Berg angående inköp av en\n\tny orgel till kapellet.\n' +
        '5:o\tAnmälan av inkomna skrivelser.\n\n' +
        'Lindås den 20 april 1966.\n\nGustav Ekman\nordförande\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av två justeringsmän'],
      ['2', 'Kyrkorådets förslag till anslag för omläggning av taket på Lindås kapell'],
      ['3', 'Val av revisorer för tiden 1967-1970'],
      ['4', 'Motion av herr Olof Berg angående inköp av en ny orgel till kapellet'],
      ['5', 'Anmälan av inkomna skrivelser'],
    ]);
  });

  it('reads the raised o that OCR took for a nought only before a title or alone in its cell', () => {
    expect(withLatinOrdinal('6:0 Fråga om ny kyrkogårdsmur.')).toBe('6. Fråga om ny kyrkogårdsmur.');
    expect(withLatinOrdinal('3:o')).toBe('3.');
    expect(withLatinOrdinal('2:do Val av ordförande')).toBe('2. Val av ordförande');
    expect(withLatinOrdinal('3:0 vann hemmalaget')).toBe('3:0 vann hemmalaget');
    expect(withLatinOrdinal('10:00 Kaffe')).toBe('10:00 Kaffe');
  });
});

describe('points whose numbers OCR lost under a sentence that announces them', () => {
  it('numbers the capitalised rows under "följande ärenden:" that fill the numbers before the first one read', () => {
    const m = run(
      'KUNGÖRELSE\n\nKyrkofullmäktige i Lindås församling sammanträder i prästgården onsdagen den 4 maj 1966 kl. 19.00.\n\n' +
        'Därvid förekomma följande ärenden:\n\n' +
        'Val av två justeringsmän.\nKyrkorådets förslag till anslag för omläggning av\ntaket på Lindås kapell.\n' +
        '3:0 Val av revisorer.\n4:0 Anmälan av inkomna skrivelser.\n\nLindås den 20 april 1966.\n\nGustav Ekman\nordförande\n',
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av två justeringsmän'],
      ['2', 'Kyrkorådets förslag till anslag för omläggning av taket på Lindås kapell'],
      ['3', 'Val av revisorer'],
      ['4', 'Anmälan av inkomna skrivelser'],
    ]);
  });
});
