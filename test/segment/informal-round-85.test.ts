import { describe, expect, it } from 'vitest';
import { parseMeetingValue } from '../../src/segment/meeting-time.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
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

describe('a workplace meeting’s notes', () => {
  const notes = (footer: string) =>
    segmentMinutes(
      {
        text: [
          'APT Städenheten Öst – onsdag 6 mars',
          '',
          'Närvarande: Tilde, Ann-Britt, Hampus, Moa (enhetschef)',
          'Frånvarande: Greger (sjuk), Nadja',
          '',
          '1. Rutiner',
          'Nya rutiner för kemikalier gicks igenom.',
          '',
          'Antecknat: Hampus',
          '',
          footer,
        ].join('\n'),
      },
      { file: 'apt.txt', pages: 1 },
    );
  it('takes the meeting’s year from the file name in the footer when the head gives only day and month', () => {
    expect(notes('S:\\Städ\\APT\\APT 190306.docx\tSida 1 av 1').meeting?.date).toBe('2019-03-06');
    expect(notes('Sida 1 av 1').meeting?.date).not.toBe('2019-03-06');
  });
  it('reads a team of first names with a hyphenated double name', () => {
    expect(notes('').attendees.map((p) => p.name)).toEqual(['Tilde', 'Ann-Britt', 'Hampus', 'Moa']);
  });
  it('keeps two first names apart when the first carries the reason for being away', () => {
    expect(notes('').absent.map((p) => p.name)).toEqual(['Greger', 'Nadja']);
  });
  it("reads 'Antecknat: Förnamn' as the note-taker signing with a first name", () => {
    expect(notes('').signatures).toEqual([{ role: 'Antecknat', name: 'Hampus' }]);
  });
});

describe('a council’s and a project’s head', () => {
  const read = (text: string) => segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
  it('reads each association named in the first column, with a colon, as the organisation of the people beside it', () => {
    const minutes = read(['Pensionärsrådet i Ödeborg', 'Minnesanteckningar', '', 'Datum: 2001-04-03', '', 'Närvarande', 'PRO Ödeborg:\tAlvar Strömgren, Signe Lidholm', 'SPF Dalsland:\tEbbe Rosengren', '', '1. Färdtjänst', 'Information.'].join('\n'));
    expect(minutes.attendees).toEqual([
      { name: 'Alvar Strömgren', organisation: 'PRO Ödeborg', role: null },
      { name: 'Signe Lidholm', organisation: 'PRO Ödeborg', role: null },
      { name: 'Ebbe Rosengren', organisation: 'SPF Dalsland', role: null },
    ]);
  });
  it('reads the house and the named room in it after the time of a prose head line', () => {
    const minutes = read(['Pensionärsrådet i Ödeborg', 'Minnesanteckningar', '', 'Onsdagen den 4 april 2001 kl 13.30 - 15.00 i medborgarhuset, sammanträdesrum Kroppefjäll', '', '1. Färdtjänst', 'Information.'].join('\n'));
    expect(minutes.meeting?.place).toBe('medborgarhuset, sammanträdesrum Kroppefjäll');
  });
  it("reads the people under 'Styrgrupp:' as those present", () => {
    const minutes = read(['Projekt Ny skolskjuts', 'Minnesanteckningar', '', 'Datum: 2024-05-06', '', 'Styrgrupp:\tIngvor Malmsten, skolchef', '\tRasmus Tegnér, controller', '', '1. Status', 'Information.'].join('\n'));
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ingvor Malmsten', 'Rasmus Tegnér']);
  });
});

describe('OCR of a month name', () => {
  it("reads '14 mais' and '14 mals' as March, the thin 'r' read as 'i' or 'l'", () => {
    expect(parseMeetingValue('fredag 14 mais 2025 kl. 16.00', { withPlace: false }).date).toBe('2025-03-14');
    expect(parseMeetingValue('fredag 14 mals 2025 kl. 16.00', { withPlace: false }).date).toBe('2025-03-14');
  });
});
