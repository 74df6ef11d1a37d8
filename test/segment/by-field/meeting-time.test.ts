import { describe, expect, it } from 'vitest';
import { findTimeRange } from '../../../src/segment/swedish-times.ts';
import { parseMeetingValue } from '../../../src/segment/meeting-time.ts';
import { meetingOfNotes, runInParagraphsWrappedByOcr, segment } from './segment-text.ts';

describe('reads the time under a dated heading', () => {
  it('reads "Kl. 10.00-15.00 på …" with the group\'s name between it and the dated heading', () => {
    const m = segment('Nätverksträff 15/10/2025\nNätverket för fjällbibliotek\n\nKl. 10.00-15.00 på Fjällby bibliotek\n\nDeltagare: Tyra Malm (Åby), Ebbe Mulm (Fjällby)\n\n1. Nyheter\nText.\n\n2. Slut\nText.');
    expect(m.meeting).toEqual({ date: '2025-10-15', start: '10:00', end: '15:00', place: 'Fjällby bibliotek' });
  });
});

describe('reads a range of times', () => {
  it('reads a whole hour to a time with minutes across a doubled dash', () => {
    expect(findTimeRange('8—-9.45', { hoursOnly: true })).toMatchObject({ start: '08:00', end: '09:45' });
  });
  it('reads four-figure times in a time value and after "kl."', () => {
    expect(findTimeRange('0830–1015', { hoursOnly: true })).toMatchObject({ start: '08:30', end: '10:15' });
    expect(findTimeRange('den 3 maj kl. 1400')).toMatchObject({ start: '14:00' });
    expect(findTimeRange('åren 2023–2024')).toBeNull();
  });
  it('reads "mellan kl. 9.00 och 11.30" and the OCR reading "17.30 -till 19.45" as ranges, and "mellan 2 och 5" alone as none', () => {
    expect(findTimeRange('mellan kl. 9.00 och 11.30 i Fjällhuset')).toMatchObject({ start: '09:00', end: '11:30' });
    expect(findTimeRange('17.30 -till 19.45')).toMatchObject({ start: '17:30', end: '19:45' });
    expect(findTimeRange('mellan 2 och 5 deltagare')).toBeNull();
  });
  it('reads "Kl.\'9.00-12.00" and "KI. 9.00" with OCR\'s specks and misread l', () => {
    expect(findTimeRange("Kl.'9.00-12.00, Fjällgården")).toMatchObject({ start: '09:00', end: '12:00' });
    const m = segment("Fjällträff - tis 3 okt 2023\nKI.'9.00-12.00, Fjällgården Toppen\n\nDeltog: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.");
    expect(m.meeting).toMatchObject({ start: '09:00', end: '12:00', place: 'Fjällgården Toppen' });
  });
});

describe('times the meeting', () => {
  it('finds the time of a title sentence wrapped after "kl."', () => {
    const m = segment('Kommunstyrelsen\n\nKallelse till sammanträde med nämnden tisdagen den 5 mars 2024 kl.\n18.30 i\n\nLokal: Rådhuset\n\n1. Upprop');
    expect(m.meeting).toMatchObject({ date: '2024-03-05', start: '18:30' });
  });
  it('takes the start from the opening sentence when the head gives no time', () => {
    const m = segment('Protokoll\nRådet\n\nDatum: 2024-03-05\n\n§1 Öppnande\nMötet öppnades kl. 9.15 av ordföranden.\n§2 Avslutning\nMötet avslutades kl. 10.40.');
    expect(m.meeting).toMatchObject({ start: '09:15', end: '10:40' });
  });
  it('starts a kallelse at its first point\'s time in a right-hand column', () => {
    const m = segment('Kallelse\nNämnden\n\nDatum: 2024-03-05\nPlats: Rådhuset\n\n1. Upprop\t18.30\n2. Budget\t18.45');
    expect(m.meeting).toMatchObject({ date: '2024-03-05', start: '18:30' });
    expect(m.items.map((i) => i.title)).toEqual(['Upprop', 'Budget']);
  });
  it('times a dated heading from the row below it despite a speck after the time', () => {
    const m = segment('Presidiets sammanträde 2025-05-06\nkl. 08.15–09.00 |\n\nPlats: Rådhuset\n\n§ 1 Öppnande\nText.');
    expect(m.meeting).toMatchObject({ date: '2025-05-06', start: '08:15', end: '09:00' });
  });
  it('reads "kl. 13. 00-15.30" with OCR\'s space after the start\'s separator as the range', () => {
    const m = segment('Fjällnätverket\nMinnesanteckningar\n\nNär: tisdag 4/3 2025, kl. 13. 00-15.30\nVar: Fjällskolan\n\n1. Start\nText.');
    expect(m.meeting).toMatchObject({ start: '13:00', end: '15:30' });
  });
  it('reads "Klockan:" as the label of the meeting\'s time', () => {
    const m = segment('Fjällrådet\nAnteckningar\n\nMötesdag: Torsdag 22 februari 2024\nKlockan: 10.00-12.00\n\n1. Start\nText.');
    expect(m.meeting).toMatchObject({ start: '10:00', end: '12:00' });
  });
  it('reads the opening and closing times of minutes written in the present tense, and "Mötet väljer … att justera" as a decision', () => {
    const m = segment('Protokoll från styrelsemöte 2025-02-11\nFjällföreningen\n\nPlats: Hos Vilja Trosk, Fjällvägen 1\n\n§ 1 Mötets öppnande\nOrdföranden öppnar mötet kl. 18.35.\n\n§ 2 Val av justerare\nMötet väljer Ebbe Mulm att jämte ordföranden justera protokollet.\n\n§ 3 Mötets avslutande\nOrdföranden avslutar mötet kl. 20.05.');
    expect(m.meeting).toMatchObject({ date: '2025-02-11', start: '18:35', end: '20:05' });
    expect(m.items[1]!.decisions).toEqual(['Mötet väljer Ebbe Mulm att jämte ordföranden justera protokollet.']);
  });
  it('reads the times of "Mötet förklarades öppnat kl. …" and "… förklarades avslutat kl. …"', () => {
    const m = segment('Protokoll\nFjällbolaget AB\n\nDatum: torsdag 9 oktober 2025\n\n§ 1 Öppnande\nMötet förklarades öppnat kl. 15.02.\n\n§ 2 Avslutning\nMötet förklarades avslutat kl. 16.48.');
    expect(m.meeting).toMatchObject({ start: '15:02', end: '16:48' });
  });
});

describe('reads the closing time of run-in paragraphs OCR wrapped', () => {
  const text = runInParagraphsWrappedByOcr;
  it('reads a closing time wrapped after "kl."', () => {
    expect(segment(text).meeting).toMatchObject({ start: '18:00', end: '19:40' });
  });
});

describe('reads the end of a stämma from its closing sentence', () => {
  it('reads "… och avslutade stämman kl. 14.20" as the end', () => {
    const m = segment('VÄGFÖRENINGEN\n\nProtokoll fört vid årsstämma lördagen den 12 april 2025 kl. 13.00 i bygdegården.\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutande\nOrdföranden tackade och avslutade stämman kl. 14.20.');
    expect(m.meeting).toMatchObject({ start: '13:00', end: '14:20' });
  });
});

describe('reads start and end fields as templates print them', () => {
  const meeting = meetingOfNotes;
  it('reads "Start: 18.00   Slut: 19.45" on one row as the start and the end', () => {
    expect(meeting('Mötesdatum: 2025-03-04\nStart: 18.00   Slut: 19.45\nPlats: Fjällvägen 3')).toEqual({ date: '2025-03-04', start: '18:00', end: '19:45', place: 'Fjällvägen 3' });
  });
  it('reads "Starttid: 13.00" and "Sluttid: 14.30" as the start and the end', () => {
    expect(meeting('Datum: 2025-05-06\nStarttid: 13.00\nSluttid: 14.30\nPlats: Skolan')).toEqual({ date: '2025-05-06', start: '13:00', end: '14:30', place: 'Skolan' });
  });
});

describe('reads a meeting in two sessions', () => {
  it('ends when the second session does ("9.00–12.00 och 13.00–15.00")', () => {
    expect(parseMeetingValue('2025-04-09 kl. 9.00–12.00 och 13.00–15.00', { withPlace: false })).toMatchObject({ start: '09:00', end: '15:00' });
  });
  it('does not take a break in brackets for a second session', () => {
    expect(parseMeetingValue('2025-04-09 kl. 13.00–15.00 (fika 14.00–14.15)', { withPlace: false })).toMatchObject({ start: '13:00', end: '15:00' });
  });
});

describe('reads a clock time with OCR damage after "kl."', () => {
  it('reads "kl.:14.00", OCR\'s colon after the stop, as 14:00', () => {
    expect(findTimeRange('årsstämma fredagen den 6 juni 2025 kl.:14.00 i Tallbackens festsal')).toMatchObject({ start: '14:00' });
  });
});
