import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A typewritten council protokoll of the 1950s: the head is one sentence of prose, the paragraphs "§ 1." with the
// title on the next row and a full stop after it.
const head = (opening: string, present: string) =>
  `PROTOKOLL\n${opening}\n\nNärvarande: ${present}\n\n§ 1.\nJustering.\nAtt jämte ordföranden justera dagens protokoll utsågos ledamöterna Tore Sund och Asta Berg.\n\n` +
  '§ 2.\nSkolans tak.\nNämnden beslöt att lägga om taket.\n\n§ 3.\nBidrag till vägföreningen.\nNämnden beslöt att bevilja bidraget.\n\n' +
  '§ 4.\nNästa sammanträde.\nBeslöts att nästa sammanträde skall hållas den 9 juni 1961.\n\nSammanträdet avslutades.kl. 20.10.\n\nVid protokollet:\n\nGerda Öst';

const opening = 'fört vid sammanträde med kommunalnämnden i Granby landskommun den 12 maj 1961 kl. 19.00 å kommunalhuset i Granby.';
const present =
  'herr ordföranden Ivar Ek samt ledamöterna Tore Sund, Asta Berg och Nils Vik, den sistnämnde såsom suppleant för ledamoten Olle Hed, som anmält förhinder; därjämte kommunalkamreraren Gerda Öst.';

describe('a run-in list of those present in an older protokoll', () => {
  it('gives the last named the function he stood in with and counts the member he replaced as away', () => {
    const minutes = segment(head(opening, present));
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ivar Ek', 'ordförande'],
      ['Tore Sund', 'ledamot'],
      ['Asta Berg', 'ledamot'],
      ['Nils Vik', 'suppleant'],
      ['Gerda Öst', 'kommunalkamrer'],
    ]);
    expect(minutes.absent.map((p) => p.name)).toEqual(['Olle Hed']);
  });
  it('reads the list the same when OCR wrapped it inside a name and inside a clause', () => {
    const wrapped = present.replace('Tore Sund', 'Tore\nSund').replace('som anmält förhinder', 'som anmält\nförhinder');
    const minutes = segment(head(opening, wrapped));
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ivar Ek', 'Tore Sund', 'Asta Berg', 'Nils Vik', 'Gerda Öst']);
    expect(minutes.absent.map((p) => p.name)).toEqual(['Olle Hed']);
  });
});

describe('the opening sentence of an older protokoll', () => {
  it('reads the day when OCR wrapped the row between the day and the month, a speck before the year', () => {
    const minutes = segment(head(opening.replace('den 12 maj 1961', 'den 12\nmaj .1961'), present));
    expect(minutes.meeting?.date).toBe('1961-05-12');
    expect(minutes.meeting?.start).toBe('19:00');
  });
  it('reads the closing time with a speck glued between the verb and "kl."', () => {
    expect(segment(head(opening, present)).meeting?.end).toBe('20:10');
  });
});

describe('paragraphs of an older protokoll', () => {
  it('names both adjusters chosen as "ledamöterna"', () => {
    expect(segment(head(opening, present)).adjusters).toEqual(['Tore Sund', 'Asta Berg']);
  });
  it('drops the full stop after a short last word where every title ends with one', () => {
    expect(segment(head(opening, present)).items.map((i) => i.title)).toEqual(['Justering', 'Skolans tak', 'Bidrag till vägföreningen', 'Nästa sammanträde']);
  });
});

describe('the adjusters signing an older protokoll on one row', () => {
  it('splits three names at the names of those present where a speck parts the row in two cells', () => {
    const minutes = segment(`${head(opening, present)}\n\nJusteras:\n\nIvar Ek Tore Sund :   Asta Berg`);
    expect(minutes.signatures.filter((s) => s.role === 'Justeras').map((s) => s.name)).toEqual(['Ivar Ek', 'Tore Sund', 'Asta Berg']);
  });
});
