import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe('reads a members table whose last column says how each took part', () => {
  it('lists everyone marked on site or remote as present, under the heading of their own list', () => {
    const m = segment(
      'PROTOKOLL\nValnämnden\nDatum\t2022-09-14\n\nNärvarande ledamöter\nNamn\tParti\tFunktion\tDeltar\nTora Vinge\tS\tordförande\tpå plats\nEbbe Malm\tM\tvice ordförande\tpå distans\nIda Ros\tC\t\tpå distans\n' +
        'Närvarande ersättare\nNamn\tParti\tFunktion\tDeltar\nOve Sten\tV\t\tpå plats\n\n§ 1 Val av justerare\nValnämnden utser Ida Ros att justera protokollet.\n',
    );
    expect(m.attendees).toEqual([
      { name: 'Tora Vinge', organisation: 'S', role: 'ordförande' },
      { name: 'Ebbe Malm', organisation: 'M', role: 'vice ordförande' },
      { name: 'Ida Ros', organisation: 'C', role: null },
      { name: 'Ove Sten', organisation: 'V', role: 'ersättare' },
    ]);
  });

  it('splits a way of taking part run into the cell before it, and a speck after a name', () => {
    const m = segment(
      'PROTOKOLL\nValnämnden\nDatum\t2022-09-14\n\nNärvarande ledamöter\nNamn\tParti\tFunktion\tDeltar\nTora Vinge\tS\tordförande\tpå plats\n' +
        'Närvarande ersättare\nNamn\tParti\tFunktion\tDeltar\nOve Sten :\tV\ttjänstgörande för Ida Ros på plats\n\n§ 1 Val av justerare\nValnämnden utser Tora Vinge att justera protokollet.\n',
    );
    expect(m.attendees).toEqual([
      { name: 'Tora Vinge', organisation: 'S', role: 'ordförande' },
      { name: 'Ove Sten', organisation: 'V', role: 'tjänstgörande ersättare' },
    ]);
  });
});
