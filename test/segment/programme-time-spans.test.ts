import { describe, expect, it } from 'vitest';
import { headings, segment } from './by-field/segment-text.ts';

const programme = (rows: string) =>
  `Kallelse\nNätverket för fjällvård\n\nDatum:\tTisdag den 4 oktober 2022\nPlats:\tGamla tingshuset, Orrvik\n\nProgram\n\nTid\tNr\tPunkt\tAnsvarig\n${rows}\n\nVälkomna!\n\nTyra Moberg\nSamordnare natur och friluftsliv`;

const rows = [
  '08.30–09.00\t\tKaffe\t',
  '09.00–09.20\t1\tInledning och dagens program\tTyra Moberg',
  '09.20–10.30\t2\tLeder och rastplatser i fjällen\tEbbe Rask',
  '10.30–10.50\t\tFika\t',
  '10.50–12.00\t3\tSkötselplaner för naturreservat\tIda Frejd',
  '12.00–12.30\t4\tAvslutning\tTyra Moberg',
].join('\n');

describe('a day\'s programme with the time first and the points numbered in a column of their own', () => {
  it('reads the numbered rows as points and leaves the breaks between them out', () => {
    expect(headings(rows)).toEqual([
      ['1', 'Inledning och dagens program'],
      ['2', 'Leder och rastplatser i fjällen'],
      ['3', 'Skötselplaner för naturreservat'],
      ['4', 'Avslutning'],
    ]);
  });
  it('reads a row whose column gaps OCR closed, the span of time before the number', () => {
    expect(headings('09.00-09.20 1 Inledning\n09.20—-10.:30 2 Leder i fjällen\n10.50-12.00: 3 Skötselplaner')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Leder i fjällen'],
      ['3', 'Skötselplaner'],
    ]);
  });
  it('takes the meeting\'s hours from the first and last rows when the head gives only the day', () => {
    const m = segment(programme(rows)).meeting;
    expect([m?.date, m?.start, m?.end]).toEqual(['2022-10-04', '08:30', '12:30']);
  });
  it('keeps the head\'s hours over the programme\'s', () => {
    const m = segment(programme(rows).replace('Plats:', 'Tid:\tKl. 09.00–12.00\nPlats:')).meeting;
    expect([m?.start, m?.end]).toEqual(['09:00', '12:00']);
  });
  it('signs with a title whose field is two nouns joined by och', () => {
    expect(segment(programme(rows)).signatures).toEqual([{ role: 'Samordnare natur och friluftsliv', name: 'Tyra Moberg' }]);
  });
  it('takes the day\'s hours, not the first row\'s, when OCR ran the programme\'s rows together', () => {
    const text =
      'Kallelse\nNätverket för fjällvård\n\nDatum: Tisdag den 4 oktober 2022\nPlats: Gamla tingshuset, Orrvik\n\nProgram\nTid Nr — Punkt Ansvarig\n' +
      '08.30-09.00 " Kaffe\n09.00-09.20 1 Inledning och dagens program Tyra Moberg \'\n09.20-10.30: 2 Leder i fjällen Ebbe Rask\n10.50-12.00 3 Skötselplaner Ida Frejd\n12.00-12.30 4 Avslutning Tyra Moberg';
    const m = segment(text);
    expect([m.meeting?.start, m.meeting?.end]).toEqual(['08:30', '12:30']);
    expect(m.items[0]!.title).toBe('Inledning och dagens program');
  });
});

