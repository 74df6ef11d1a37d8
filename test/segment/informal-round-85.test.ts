import { describe, expect, it } from 'vitest';
import { parseMeetingValue } from '../../src/segment/meeting-time.ts';
import { parsePerson } from '../../src/segment/person.ts';

describe('a function between the name and the bracketed municipality', () => {
  it("reads 'Name, ordf. (Kommun)' as the chair from that municipality", () => {
    expect(parsePerson('Solveig Brännkärr, ordf. (Närpes)')).toEqual({ name: 'Solveig Brännkärr', organisation: 'Närpes', role: 'ordförande' });
  });
  it("reads 'Name, sekr. (Kommun)' as the secretary", () => {
    expect(parsePerson('Mikael Strandvik, sekr. (Korsholm)')).toEqual({ name: 'Mikael Strandvik', organisation: 'Korsholm', role: 'sekreterare' });
  });
});

describe('a meeting over two days', () => {
  it('starts on the first day at its hour and ends at the last day’s hour, the year written once at the end', () => {
    expect(parseMeetingValue('torsdag 9 oktober kl. 13.00 – fredag 10 oktober 2025 kl. 12.00', { withPlace: false })).toEqual({ date: '2025-10-09', start: '13:00', end: '12:00', place: null });
  });
  it('gives the first day the year before when the stay runs over the new year', () => {
    expect(parseMeetingValue('30 december kl. 18.00 – 2 januari 2027 kl. 11.00, Fjällgården', { withPlace: true })).toEqual({ date: '2026-12-30', start: '18:00', end: '11:00', place: 'Fjällgården' });
  });
});
