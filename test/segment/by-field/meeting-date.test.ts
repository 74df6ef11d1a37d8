import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../src/segment/labels.ts';
import { findCompactDate, findDates, parseSwedishDate } from '../../../src/segment/swedish-dates.ts';
import { findTimeRange } from '../../../src/segment/swedish-times.ts';
import { segment } from './segment-text.ts';

describe('reads a date however it is written', () => {
  it('reads the short ISO date "86-10-14" of older typed minutes, year first, and no phone number or range as one', () => {
    expect(findDates('Datum: 86-10-14')[0]).toMatchObject({ iso: '1986-10-14', explicitYear: true });
    expect(findDates('Nästa möte 03-02-11 kl. 19')[0]).toMatchObject({ iso: '2003-02-11' });
    expect(findDates('tel. 08-55 12 34')).toEqual([]);
    expect(findDates('sidorna 86-99-14')).toEqual([]);
    const m = segment('FJÄLLBY SKOLRÅD\n\nMINNESANTECKNINGAR\n\nDatum:\t86-10-14\nTid:\t19.00-21.00\n\n1. Start\nText.\n\n2. Nästa möte\n87-01-20 kl. 19.00.');
    expect(m.meeting?.date).toBe('1986-10-14');
    expect(m.nextMeeting?.date).toBe('1987-01-20');
  });
  it('reads "Dag:" in an older invitation as the meeting\'s day, not the letter\'s date, and "Dag" without a colon as no label', () => {
    const m = segment('FJÄLLBY KOMMUN\nFritidskontoret\t1994-03-08\n\nINBJUDAN\n\ntill träff i fjällnätverket\n\nDag:\tTorsdagen den 14 april 1994\nTid:\tKl. 13.00–16.00\nPlats:\tFjällby skola\n\nProgram\n1. Kaffe\n2. Nya regler\n\nVälkomna!\n\nVilja Trosk');
    expect(m.meeting).toEqual({ date: '1994-04-14', start: '13:00', end: '16:00', place: 'Fjällby skola' });
    expect(matchLabel('Dag Mulm, ordförande')).toBeNull();
  });
  it('reads "12/11 .1974" with a speck before the year as a dated day', () => {
    expect(findDates('den 12/11 .1974')[0]).toMatchObject({ iso: '1974-11-12', explicitYear: true });
  });
  it('reads "År 1962 den 14 april" as a date with the year printed first', () => {
    expect(findDates('År 1962 den 14 april sammanträdde')[0]).toMatchObject({ iso: '1962-04-14', explicitYear: true });
    expect(findDates('år 2024, den 5 mars')[0]).toMatchObject({ iso: '2024-03-05', explicitYear: true });
  });
  it('reads "250319" in the title that names the document as its date, and no six figures elsewhere', () => {
    expect(findCompactDate('styrgruppsmöte 250319')).toMatchObject({ iso: '2025-03-19', explicitYear: true });
    expect(findCompactDate('möte 20250319')).toMatchObject({ iso: '2025-03-19' });
    expect(findCompactDate('konto 251399')).toBeUndefined();
    const m = segment('Minnesanteckningar fjällgruppsmöte 250319\nFjällprojektet\n\nTid: kl. 10-11.30\nPlats: Teams\n\n1. Start\nText.\n\nNästa möte: 23/4 kl. 10-11.30');
    expect(m.meeting).toMatchObject({ date: '2025-03-19', start: '10:00', end: '11:30' });
    expect(m.nextMeeting?.date).toBe('2025-04-23');
    const amount = segment('Minnesanteckningar\nFjällprojektet\n\nDatum: 2025-03-19\n\n1. Budget\nRamen är 250319 kr.');
    expect(amount.meeting?.date).toBe('2025-03-19');
  });
  it('reads "12 feb -26" and the year after an apostrophe in two figures', () => {
    expect(findDates('torsdag 12 feb -26')[0]).toMatchObject({ iso: '2026-02-12', explicitYear: true });
    expect(findDates("12 mars '26 kl. 14")[0]).toMatchObject({ iso: '2026-03-12', explicitYear: true });
  });
  it('reads "2:a mars" and "1:a april" with the ordinal in ":a"', () => {
    expect(findDates('Måndagen den 2:a mars 2026')[0]).toMatchObject({ iso: '2026-03-02' });
    expect(findDates('den 1:a april 2026')[0]).toMatchObject({ iso: '2026-04-01' });
  });
});

describe('dates the meeting', () => {
  it('reads figures without separators under a date label as the date, and no other run of figures', () => {
    const at = (value: string) => segment(`Minnesanteckningar\nFjällnätverket\nDatum: ${value}\nTid: 13.00–15.00\n\n1. Start\nText.\n2. Slut\nText.`).meeting?.date ?? null;
    expect(at('20250304')).toBe('2025-03-04');
    expect(at('250304')).toBe('2025-03-04');
    expect(at('1234567')).toBeNull();
  });
  it('takes the meeting day from the head sentence, not the letterhead date the notes were written', () => {
    const m = segment(
      'LJUNGBY KOMMUN          PM\nKulturkontoret          1974-09-20\n\nANTECKNINGAR\n\nförda vid sammanträde med arbetsgruppen för biblioteken\n' +
        'onsdagen den 18 september 1974 kl. 15.00 i kulturkontorets\nsammanträdesrum, Ljungby.\n\n1.  Start\n    Text.\n\n2.  Slut\n    Text.',
    );
    expect(m.meeting).toMatchObject({ date: '1974-09-18', start: '15:00', place: 'kulturkontorets sammanträdesrum, Ljungby' });
  });
  it('keeps the letterhead date of notes when the timed sentence below names a later day than the notes were written', () => {
    const m = segment(
      'LJUNGBY KOMMUN          PM\nKulturkontoret          1974-09-20\n\nANTECKNINGAR\n\nförda vid sammanträde med arbetsgruppen för biblioteken\n' +
        'onsdagen den 25 september 1974 kl. 15.00 i kulturkontorets\nsammanträdesrum, Ljungby.\n\n1.  Start\n    Text.\n\n2.  Slut\n    Text.',
    );
    expect(m.meeting?.date).toBe('1974-09-20');
  });
  it('takes the meeting day from a title that names the meeting before its day, not the letterhead date', () => {
    const m = segment('SOCIALFÖRVALTNINGEN\t1982-05-04\nPM\n\nAnteckningar från möte med arbetsgruppen för hemtjänst den 28 april 1982\n\nNärvarande: Tyra Malm, Ebbe Mulm\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.meeting?.date).toBe('1982-04-28');
  });
  it('takes the year of an invitation\'s day from the date alone on its last row, the day the letter was sent', () => {
    const m = segment('Kallelse till APT\n\nHej!\nVälkommen på APT onsdag den 21 maj kl. 14.00–15.30 i personalrummet.\n\nDagordning:\n1. Arbetsmiljö\n2. Semester\n3. Övrigt\n\nHälsningar\nTyra Malm\nEnhetschef, Hemtjänst Fjäll\n2025-05-12');
    expect(m.meeting).toMatchObject({ date: '2025-05-21', start: '14:00', end: '15:30', place: 'personalrummet' });
  });
  it('keeps a letterhead date alone as the meeting day when no later row gives a time', () => {
    const m = segment('Minnesanteckningar\nBiblioteksgruppen          1974-09-20\n\nNärvarande: Tyra Malm, Ebbe Mulm\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.meeting?.date).toBe('1974-09-20');
  });
  it('is the "Sammanträde" row, not the party groups\' meeting before it', () => {
    expect(matchLabel('Gruppmöten: måndag 4 mars kl. 17.00')?.kind).toBe('ignored');
    const m = segment('Kallelse\nNämnden\n\nGruppmöten: måndag 4 mars 2024 kl. 17.00\nSammanträde: tisdag 5 mars 2024 kl. 18.30\nLokal: Rådhuset\n\n1. Upprop');
    expect(m.meeting).toMatchObject({ date: '2024-03-05', start: '18:30', place: 'Rådhuset' });
  });
  it('dates a kallelse whose head gives no date from "Sammanträdet hålls …"', () => {
    const m = segment('Kallelse\nNämnden\n\n1. Upprop\n2. Budget\n\nSammanträdet hålls onsdagen den 6 mars 2024 kl. 18.00 i Rådhuset, sal A.');
    expect(m.meeting).toMatchObject({ date: '2024-03-06', start: '18:00', place: 'Rådhuset, sal A' });
  });
  it('dates a weekday\'s day and month by the year the head states elsewhere ("Möte nr 2/2025, onsdag 4/6 kl. 9–11 i …")', () => {
    const m = segment('Anteckningar\nGruppen Blåklint\n\nMöte nr 2/2025, onsdag 4/6 kl. 9–11 i Fjällhuset, rum Tärna\n\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.\n\n2. Nästa möte\nOnsdag 3/9 kl. 9.00.');
    expect(m.meeting).toEqual({ date: '2025-06-04', start: '09:00', end: '11:00', place: 'Fjällhuset, rum Tärna' });
    expect(m.nextMeeting?.date).toBe('2025-09-03');
  });
  it('leaves a day and month without a weekday or a stated year undated', () => {
    const m = segment('Anteckningar\nGruppen Blåklint\n\nMöte 4/6 i Fjällhuset\n\n1. Start\nText.');
    expect(m.meeting?.date ?? null).toBeNull();
  });
  it('dates minutes by the one date in their running footer when the head gives none', () => {
    const page = (n: number, body: string) => `${body}\n\nGruppen Blåklint · Anteckningar 2025-05-06\tSida ${n} av 2`;
    const m = segment(page(1, 'Anteckningar\nGruppen Blåklint\n\nTid: kl. 9–10\nDeltagare: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.') + '\f' + page(2, '2. Slut\nText.\n\nNästa möte: tisdag 20/5 kl. 9'));
    expect(m.meeting?.date).toBe('2025-05-06');
    expect(m.nextMeeting?.date).toBe('2025-05-20');
  });
  it('dates "från mötet den 28 februari" by the closing place-and-date row, a year back when that is earlier in the year', () => {
    const body = '\n\nNärvarande\nVilja Trosk, Fjällverket\nEbbe Mulm, Sjöverket\n\n1. Start\nText.\n\n2. Nästa möte\nDen 24 april kl. 10–12.\n\n';
    const m = segment(`Fjällgruppen\n\nAnteckningar från mötet den 28 februari kl. 10–12 på Fjällverket, Storgatan 1, Åby${body}Åby 2025-03-01\nVilja Trosk\nsammankallande`);
    expect(m.meeting).toEqual({ date: '2025-02-28', start: '10:00', end: '12:00', place: 'Fjällverket, Storgatan 1, Åby' });
    expect(m.nextMeeting?.date).toBe('2025-04-24');
    expect(m.signatures).toEqual([{ role: 'sammankallande', name: 'Vilja Trosk' }]);
    const december = segment(`Fjällgruppen\n\nAnteckningar från mötet den 18 december kl. 10–12 på Fjällverket${body}Åby 2025-01-08\nVilja Trosk\nsammankallande`);
    expect(december.meeting?.date).toBe('2024-12-18');
  });
  it('dates a kallelse by its labelled day and month, the date at the top (when the letter went out) giving the year', () => {
    const m = segment('Kallelse\t2025-02-01\nFjällrådet\n\nDatum: torsdag 13/2\nTid: 14–16\nPlats: Fjällhuset\n\nDagordning\n1. Öppnande\n2. Övrigt');
    expect(m.meeting).toMatchObject({ date: '2025-02-13', start: '14:00', end: '16:00' });
  });
  it('dates a kallelse\'s day and month on or after the day it was signed, in the next year when the month has passed', () => {
    const called = (signed: string) =>
      segment(`Fjällklubben, styrelsen\nKallelse\n\nVälkomna till styrelsemöte torsdag 14/3 kl. 19.00 i klubbstugan.\n\nDagordning\n1. Öppnande\n2. Ekonomi\n3. Övrigt\n\nFjällby ${signed}\nVilja Trosk\nsekreterare`).meeting;
    expect(called('2024-03-04')).toMatchObject({ date: '2024-03-14', start: '19:00', place: 'klubbstugan' });
    expect(called('2024-12-20')).toMatchObject({ date: '2025-03-14' });
  });
  it('still dates notes written after the meeting back from the day they were signed', () => {
    const m = segment('Fjällgruppen\nAnteckningar från mötet den 28 februari kl. 10-12 i Fjällhuset\n\n1. Start\nText.\n\nFjällby 2024-01-10\nVilja Trosk');
    expect(m.meeting?.date).toBe('2023-02-28');
  });
  it('reads "14–15 mars" under a date label as a meeting over two days, not as the hours 14 to 15', () => {
    expect(findTimeRange('14–15 mars 2024', { hoursOnly: true })).toBeNull();
    expect(findTimeRange('13–15', { hoursOnly: true })).toMatchObject({ start: '13:00', end: '15:00' });
    const m = segment('Anteckningar\nFjällgruppen\n\nDatum: 14–15 mars 2024\nPlats: Trollbergs gård\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2024-03-14', start: null, end: null, place: 'Trollbergs gård' });
  });
  it('dates "tisdag 7/10" in minutes on or before the day they were printed, not after it', () => {
    const m = segment('Fjällgruppen\nVeckomöte – minnesanteckningar\n\nDatum: tisdag 7/10\nTid: 12.15–13.00\n\n1. Start\nText.\n\nNästa veckomöte: tisdag 14/10 kl. 12.15\n\nAntecknat av Vilja Trosk\nUtskriftsdatum 2025-10-08');
    expect(m.meeting?.date).toBe('2025-10-07');
    expect(m.nextMeeting?.date).toBe('2025-10-14');
  });
  it('still dates a kallelse\'s "torsdag 4/9" after the day it was sent', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: torsdag 4/9\nTid: 19.00\n\n1. Öppnande\n2. Budget\n3. Avslutning\n\nUtskickad 2025-08-28');
    expect(m.meeting?.date).toBe('2025-09-04');
  });
  it('reads "torsd. 29/1" as a weekday before the day, in the year the title states', () => {
    const m = segment('Anteckningar 2026 – Fjällgruppen\n\nMöte torsd. 29/1 kl. 14–15.30, Fjällgården, rum Saga\n\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.\n\nNästa möte onsd. 25/2 kl. 14.');
    expect(m.meeting).toEqual({ date: '2026-01-29', start: '14:00', end: '15:30', place: 'Fjällgården, rum Saga' });
    expect(m.nextMeeting?.date).toBe('2026-02-25');
  });
});

describe('reads day.month and a two-figure year, as Finland-Swedish notes shorten it', () => {
  it('reads "ons 9.4.25" and "från 12.3.25 godkändes" as dates', () => {
    expect(findDates('Datum: ons 9.4.25').map((d) => d.iso)).toEqual(['2025-04-09']);
    expect(findDates('Anteckningarna från 12.3.25 godkändes.').map((d) => d.iso)).toEqual(['2025-03-12']);
  });
  it('does not read a sub-point "2.1.10 Budget" or a clock time as a date', () => {
    expect(findDates('2.1.10 Budget')).toEqual([]);
    expect(findDates('kl. 14.30')).toEqual([]);
  });
});

describe('reads a two-figure year or a day first with dashes', () => {
  it('reads a two-figure year from before 1940 as the 1900s ("12/11-74", "4 mars -68")', () => {
    expect(parseSwedishDate('12/11-74')).toBe('1974-11-12');
    expect(parseSwedishDate('4 mars -68')).toBe('1968-03-04');
  });
  it('reads a two-figure year up to 40 as this century ("3/4-25")', () => {
    expect(parseSwedishDate('3/4-25')).toBe('2025-04-03');
  });
  it('reads "Ons 9/4 -25" with the year after a spaced dash', () => {
    expect(parseSwedishDate('Ons 9/4 -25, 13–15')).toBe('2025-04-09');
  });
  it('reads "09-04-2025" as the 9th of April', () => {
    expect(parseSwedishDate('Datum: 09-04-2025')).toBe('2025-04-09');
  });
  it('does not read a telephone number or a reference as a dashed date', () => {
    expect(parseSwedishDate('Tfn 08-12-3456')).toBeNull();
    expect(parseSwedishDate('Dnr 2025-12-45-2025')).toBeNull();
  });
});

describe('reads dates written in English', () => {
  it('reads "14 May 2025" and "11 June 2025" as dates', () => {
    expect(findDates('Date: 14 May 2025').map((d) => d.iso)).toEqual(['2025-05-14']);
    expect(findDates('Next meeting: 11 June 2025, 13:00').map((d) => d.iso)).toEqual(['2025-06-11']);
  });
});

describe('reads a weekday abbreviation OCR misread before the date', () => {
  it('reads a weekday abbreviation whose last letter OCR misread ("torsö. 29/1") as the weekday before the date', () => {
    const m = segment('Anteckningar 2026 – Läsgruppen\n\nMöte torsö. 22/1 kl. 14–15.30, Biblioteket, rum Ugglan\n\nNärvarande: Kim Alm, Rut Ek\n\n1. Läsning\nText.\n\n2. Övrigt\nText.');
    expect(m.meeting?.date).toBe('2026-01-22');
  });
});

describe('reads a day named by its week', () => {
  it('reads "onsdag vecka 15 2025" and "v. 15, onsdag (2025)" as 9 April 2025', () => {
    expect(findDates('Datum: onsdag vecka 15 2025').map((d) => d.iso)).toEqual(['2025-04-09']);
    expect(findDates('v. 15, onsdag (2025)').map((d) => d.iso)).toEqual(['2025-04-09']);
  });
  it('counts weeks as ISO does: week 1 of 2026 starts on 29 December 2025', () => {
    expect(findDates('måndag v. 1 2026').map((d) => d.iso)).toEqual(['2025-12-29']);
  });
});

describe('reads the date written in the Swedish standard form of the 1970s', () => {
  it('reads "Sammanträdesdag 79 03 13" as 1979-03-13', () => {
    const m = segment('SAMMANTRÄDESPROTOKOLL\nByggnadsnämnden\n\nSammanträdesdag\t79 03 13\nTid\tkl 19.00 - 21.10\n\n§ 14\nVal av justerare\nText.\n\n§ 15\nBygglov\nText.');
    expect(m.meeting).toMatchObject({ date: '1979-03-13', start: '19:00', end: '21:10' });
  });
  it('does not read three groups of a telephone number ("08 12 34 56") as a date', () => {
    expect(findDates('Upplysningar på telefon 08 12 34 56.')).toEqual([]);
  });
});

describe('reads dates with the month in Roman numerals', () => {
  it('reads "den 11/IV 1958" and a next meeting "den 9/V" in the same year', () => {
    const m = segment('Protokoll fört vid styrelsesammanträde med Byalaget den 11/IV 1958 kl. 19.30 i skolan.\n\n§ 1. Ordföranden öppnade sammanträdet.\n\n§ 2. Nästa sammanträde hålles den 9/V kl. 19.30 i skolan.\n');
    expect(m.meeting).toMatchObject({ date: '1958-04-11', start: '19:30' });
    expect(m.nextMeeting?.date).toBe('1958-05-09');
  });
});
