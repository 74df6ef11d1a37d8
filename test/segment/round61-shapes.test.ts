import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/segment/swedish-dates.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePerson } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-61 shapes', () => {
  it('reads "2:a mars" and "1:a april" with the ordinal in ":a"', () => {
    expect(findDates('Måndagen den 2:a mars 2026')[0]).toMatchObject({ iso: '2026-03-02' });
    expect(findDates('den 1:a april 2026')[0]).toMatchObject({ iso: '2026-04-01' });
  });
  it('reads "(IKT-pedagog)" after a name as a title', () => {
    expect(parsePerson('Ebbe Mulm (IKT-pedagog)')).toEqual({ name: 'Ebbe Mulm', organisation: null, role: 'IKT-pedagog' });
  });
  it('reads a column of functions beside the names under "Närvarande:", abbreviated or written out', () => {
    const m = segment('Protokoll styrelsemöte\nFjällföreningen\n\nDatum: 2026-03-04\n\nNärvarande:\nOrdf.\tVilja Trosk\nKassör\tEbbe Mulm\nLed.\tSaga Frell\nSupp.\tOrvar Lind\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'kassör'],
      ['Saga Frell', 'ledamot'],
      ['Orvar Lind', 'suppleant'],
    ]);
  });
});
