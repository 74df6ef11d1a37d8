import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const adjusters = (itemText: string) =>
  segmentMinutes(
    { text: ['Protokoll', 'Datum: 2024-02-06', '', '§ 1 Mötets öppnande', 'Mötet öppnades.', '', '§ 2 Val av justerare', itemText, '', '§ 3 Avslutning', 'Mötet avslutades.'].join('\n') },
    { file: 'x.txt', pages: 1 },
  ).adjusters;

describe('adjusters chosen in an item', () => {
  it('reads "valdes att jämte ordföranden justera"', () => {
    expect(adjusters('Vendela Storm valdes att jämte ordföranden justera protokollet.')).toEqual(['Vendela Storm']);
  });
  it('reads two adjusters chosen "tillika rösträknare"', () => {
    expect(adjusters('Till justerare tillika rösträknare valdes Vendela Storm och Algot Lindh.')).toEqual(['Vendela Storm', 'Algot Lindh']);
  });
  it('reads the adjuster after a verb shared with the secretary', () => {
    expect(adjusters('Till protokollförare valdes Algot Lindh och till justerare Vendela Storm.')).toEqual(['Vendela Storm']);
  });
  it('reads an adjuster whose first name lost its capital at the start of the sentence', () => {
    expect(adjusters('vendela Storm valdes att justera protokollet.')).toEqual(['Vendela Storm']);
  });
  it('reads an adjuster whose name OCR followed with a speck stop', () => {
    expect(adjusters('Vendela Storm. valdes att jämte ordföranden justera protokollet.')).toEqual(['Vendela Storm']);
  });
});

describe('adjusters named where a protokollsutdrag says when it was adjusted', () => {
  const extract = (row: string) =>
    segmentMinutes({ text: `PROTOKOLLSUTDRAG\nSocialnämnden\nSammanträdesdatum 2024-11-20\n\n${row}\n\n§ 112 Riktlinjer för Ekmora\nBeslut\nSocialnämnden antar riktlinjerna.` }, { file: 'x.txt', pages: 1 }).adjusters;
  it('reads "Justerat 2024-11-25 av Vendela Storm och Ebbe Mulm" in the head', () => {
    expect(extract('Justerat 2024-11-25 av Vendela Storm och Ebbe Mulm')).toEqual(['Vendela Storm', 'Ebbe Mulm']);
  });
  it('reads the past tense with the day written out, "Protokollet justerades den 25 november av …"', () => {
    expect(extract('Justering: Protokollet justerades den 25 november av Vendela Storm.')).toEqual(['Vendela Storm']);
  });
  it('names no adjuster from "Justerat 2024-11-25" alone', () => {
    expect(extract('Justerat 2024-11-25')).toEqual([]);
  });
});

describe('an adjuster chosen "att jämte ordföranden justera" where OCR hyphened the last two words', () => {
  it('reads "ordföranden-justera" as the two words', () => {
    const text = 'Minnesanteckningar\n\nDatum: 2031-09-14\n\n1. Val av justerare\nTora Vinge utsågs att jämte ordföranden-justera dagens anteckningar.\n\n2. Övrigt\nInga frågor.\n';
    expect(segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 }).adjusters).toEqual(['Tora Vinge']);
  });
});
