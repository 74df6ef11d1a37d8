import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-35 shapes', () => {
  it('dates a weekday\'s day and month by the year the head states elsewhere ("Möte nr 2/2025, onsdag 4/6 kl. 9–11 i …")', () => {
    const m = segment('Anteckningar\nGruppen Blåklint\n\nMöte nr 2/2025, onsdag 4/6 kl. 9–11 i Fjällhuset, rum Tärna\n\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.\n\n2. Nästa möte\nOnsdag 3/9 kl. 9.00.');
    expect(m.meeting).toEqual({ date: '2025-06-04', start: '09:00', end: '11:00', place: 'Fjällhuset, rum Tärna' });
    expect(m.nextMeeting?.date).toBe('2025-09-03');
  });
  it('leaves a day and month without a weekday or a stated year undated', () => {
    const m = segment('Anteckningar\nGruppen Blåklint\n\nMöte 4/6 i Fjällhuset\n\n1. Start\nText.');
    expect(m.meeting?.date ?? null).toBeNull();
  });
  it('reads a second sentence of a prose list of attendees, and the role someone "deltog som"', () => {
    const m = segment('Anteckningar\nGruppen Blåklint\n\nDatum: 2025-06-04\n\nNärvarande var Vilja Trosk (ordförande) och Ebbe Mulm. Saga Frell från Region Uppmark deltog som adjungerad.\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'ordförande' },
      { name: 'Ebbe Mulm', organisation: null, role: null },
      { name: 'Saga Frell', organisation: 'Region Uppmark', role: 'adjungerad' },
    ]);
  });
  it('gives every person in a name cell the organisation of their row', () => {
    const m = segment('Anteckningar\nNätverket\n\nDatum: 2025-06-04\n\nDeltagare\nKommun\tNamn\nFjällby\tVilja Trosk, Ebbe Mulm\nSjöby\tSaga Frell\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby'],
      ['Ebbe Mulm', 'Fjällby'],
      ['Saga Frell', 'Sjöby'],
    ]);
  });
  it('takes a lone word that could label a field as the title under a bare paragraph sign, without its full stop', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 1986-05-14\n\n§ 7.\nJustering.\nAtt justera protokollet utses Ebbe Mulm.\n\n§ 8.\nMeddelanden.\nMeddelandena läggs till handlingarna.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([['7', 'Justering'], ['8', 'Meddelanden']]);
  });
  it('reads a place in lower case after "kl. … i" on a dated line, but not "i anslutning till"', () => {
    const own = segment('PROTOKOLL\nfört vid styrelsemöte den 4 juni 2025 kl. 17.00 i föreningens lokal, Tärnavägen 2\n\n§ 1 Öppnande\nText.');
    expect(own.meeting?.place).toBe('föreningens lokal, Tärnavägen 2');
    const after = segment('PROTOKOLL\nfört vid styrelsemöte den 4 juni 2025 kl. 17.00 i anslutning till årsmötet\n\n§ 1 Öppnande\nText.');
    expect(after.meeting?.place ?? null).toBeNull();
  });
});
