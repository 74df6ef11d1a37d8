import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/segment/swedish-dates.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-47 shapes', () => {
  it('reads the time and place from the row under a dated title that opens with "kl"', () => {
    const m = segment('Fjällträff - tis 3 okt 2023\nKl. 9.00-12.00, Fjällgården Toppen\n\nDeltog: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2023-10-03', start: '09:00', end: '12:00', place: 'Fjällgården Toppen' });
    const wrapped = segment('FJÄLLFÖRENINGEN\nProtokoll fört vid styrelsesammanträde den 12/11 1974\nkl. 19.00 i föreningens kontor.\n\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n§ 1. Öppnande\nText.\n\n§ 2. Avslutning\nText.');
    expect(wrapped.meeting).toEqual({ date: '1974-11-12', start: '19:00', end: null, place: 'föreningens kontor' });
  });
  it('drops the courtesy titles of an older style before names, in the list and in the adjuster sentence', () => {
    const m = segment('FJÄLLFÖRENINGEN\nProtokoll fört vid styrelsesammanträde den 12/11 1974\n\nNärvarande: herr Ebbe Mulm, ordf., fru Vilja Trosk, fröken Saga Frell, sekr.\n\n§ 1. Justering\nAtt jämte ordf. justera dagens protokoll utsågs fru Vilja Trosk.\n\n§ 2. Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ebbe Mulm', 'ordförande'],
      ['Vilja Trosk', null],
      ['Saga Frell', 'sekreterare'],
    ]);
    expect(m.adjusters).toEqual(['Vilja Trosk']);
  });
  it('reads "Ordf.:" and "Sekr.:" over the names as signatures, keeping the abbreviation\'s stop', () => {
    const m = segment('PROTOKOLL\nFjällföreningen\n\nDatum: 1974-11-12\n\n§ 1. Öppnande\nText.\n\n§ 2. Avslutning\nText.\n\nOrdf.:\tSekr.:\nEbbe Mulm\tVilja Trosk');
    expect(m.signatures).toEqual([
      { role: 'Ordf.', name: 'Ebbe Mulm' },
      { role: 'Sekr.', name: 'Vilja Trosk' },
    ]);
  });
  it('reads "Klockan:" as the label of the meeting\'s time', () => {
    const m = segment('Fjällrådet\nAnteckningar\n\nMötesdag: Torsdag 22 februari 2024\nKlockan: 10.00-12.00\n\n1. Start\nText.');
    expect(m.meeting).toMatchObject({ start: '10:00', end: '12:00' });
  });
});

describe('OCR of the round-47 shapes', () => {
  it('reads "12/11 .1974" with a speck before the year as a dated day', () => {
    expect(findDates('den 12/11 .1974')[0]).toMatchObject({ iso: '1974-11-12', explicitYear: true });
  });
  it('reads "Kl.\'9.00-12.00" and "KI. 9.00" with OCR\'s specks and misread l', () => {
    expect(findTimeRange("Kl.'9.00-12.00, Fjällgården")).toMatchObject({ start: '09:00', end: '12:00' });
    const m = segment("Fjällträff - tis 3 okt 2023\nKI.'9.00-12.00, Fjällgården Toppen\n\nDeltog: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.");
    expect(m.meeting).toMatchObject({ start: '09:00', end: '12:00', place: 'Fjällgården Toppen' });
  });
});
