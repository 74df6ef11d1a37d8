import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/segment/swedish-dates.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';
import { parsePerson } from '../../src/segment/person.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findRunningLines } from '../../src/segment/running-lines.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

describe('round-48 shapes', () => {
  it('reads "År 1962 den 14 april" as a date with the year printed first', () => {
    expect(findDates('År 1962 den 14 april sammanträdde')[0]).toMatchObject({ iso: '1962-04-14', explicitYear: true });
    expect(findDates('år 2024, den 5 mars')[0]).toMatchObject({ iso: '2024-03-05', explicitYear: true });
  });
  it('reads the place before the time in the sentence that reports the meeting, also wrapped at the margin', () => {
    const oneRow = segment('FJÄLLFÖRENINGEN\nPROTOKOLL\n\nÅr 1961 den 3 maj sammanträdde styrelsen i Trollbergs bygdegård kl. 18.30.\n\nNärvarande voro: Vilja Trosk, Ebbe Mulm.\n\n§ 1. Öppnande.\n\n§ 2. Avslutning.');
    expect(oneRow.meeting).toEqual({ date: '1961-05-03', start: '18:30', end: null, place: 'Trollbergs bygdegård' });
    const wrapped = segment('FJÄLLFÖRENINGEN\nPROTOKOLL\n\nÅr 1961 den 3 maj sammanträdde styrelsen i Trollbergs\nbygdegård kl. 18.30.\n\nNärvarande voro: Vilja Trosk, Ebbe Mulm.\n\n§ 1. Öppnande.\n\n§ 2. Avslutning.');
    expect(wrapped.meeting).toEqual({ date: '1961-05-03', start: '18:30', end: null, place: 'Trollbergs bygdegård' });
  });
  it('reads "Efter diskussion beslöts att …" and a paragraph whose only sentence decides as decisions', () => {
    const m = segment('PROTOKOLL\nFjällföreningen\n\nDatum: 1961-05-03\n\n§ 1. Förelåg en skrivelse från Trollbergs vägförening.\nEfter diskussion beslöts att bifalla skrivelsen.\n\n§ 2. Beslöts att höja medlemsavgiften till 12 kr. från den 1 juli.\n\n§ 3. Kassören redogjorde för kassan.');
    expect(m.items.map((i) => i.decisions)).toEqual([
      ['Efter diskussion beslöts att bifalla skrivelsen.'],
      ['Beslöts att höja medlemsavgiften till 12 kr. från den 1 juli.'],
      [],
    ]);
  });
  it('reads the adjusters from a paragraph whose only sentence chooses them', () => {
    const m = segment('PROTOKOLL\nFjällföreningen\n\nDatum: 1961-05-03\nNärvarande: Vilja Trosk, ordf., Ebbe Mulm, Saga Frell\n\n§ 1. Öppnande.\n\n§ 2. Att jämte ordf. justera dagens protokoll utsågos Ebbe Mulm och Saga Frell.\n\nJusteras:\n\nVilja Trosk\tEbbe Mulm\tSaga Frell');
    expect(m.adjusters).toEqual(['Ebbe Mulm', 'Saga Frell']);
  });
  it('reads "14–15 mars" under a date label as a meeting over two days, not as the hours 14 to 15', () => {
    expect(findTimeRange('14–15 mars 2024', { hoursOnly: true })).toBeNull();
    expect(findTimeRange('13–15', { hoursOnly: true })).toMatchObject({ start: '13:00', end: '15:00' });
    const m = segment('Anteckningar\nFjällgruppen\n\nDatum: 14–15 mars 2024\nPlats: Trollbergs gård\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2024-03-14', start: null, end: null, place: 'Trollbergs gård' });
  });
  it('keeps the title after a person\'s initials in brackets and a comma', () => {
    expect(parsePerson('Vilja Trosk (VT), fältchef')).toEqual({ name: 'Vilja Trosk', organisation: null, role: 'fältchef' });
    const m = segment('Anteckningar\nFjällgruppen\n\nDatum: 2024-03-14\nDeltagare: Vilja Trosk (VT), fältchef; Ebbe Mulm (EM), kassör\nFörhinder: Saga Frell (SF), HR-strateg\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Vilja Trosk', 'fältchef'], ['Ebbe Mulm', 'kassör']]);
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: null, role: 'HR-strateg' }]);
  });
  it('reads "Nästa ordinarie fjällgrupp:" with a lower-case word before the gathering as the next meeting', () => {
    const m = segment('Anteckningar\nFjällgruppen\n\nDatum: 2024-03-14\n\n1. Start\nText.\n\nNästa ordinarie fjällgrupp: tisdag 2 april kl. 8.30–10.00.');
    expect(m.nextMeeting).toMatchObject({ date: '2024-04-02', start: '08:30', end: '10:00' });
  });
});

describe('running rows of the round-48 shapes', () => {
  it('keeps a row that recurs below the header only where body rows stand between it and the page edge', () => {
    const pages = linesFromText(
      'FJÄLLSTAD  Protokoll\nNämnden  Sida 1 (3)\n\n§ 1 Ett\nFöredragande: fjällchef Vilja Trosk\nVägen lagas i maj.\f' +
        'FJÄLLSTAD  Protokoll\nNämnden  Sida 2 (3)\n\n§ 2 Två\nFöredragande: fjällchef Vilja Trosk\nBron målas om i juni.\f' +
        'FJÄLLSTAD  Protokoll\nNämnden  Sida 3 (3)\n\n§ 3 Tre\nInga frågor ställdes.',
    );
    const running = findRunningLines(pages);
    expect(running.map((p) => [p[0], p[1], p[4]])).toEqual([
      [true, true, false],
      [true, true, false],
      [true, true, false],
    ]);
  });
  it('keeps "Beslut: …" above the footer of two pages as the decision it is', () => {
    const m = segment(
      'PROTOKOLL\nFjällnämnden\n\nDatum: 2024-03-05\n\n§ 1 Ett\nFörslag: Nämnden antar anbudet.\nBeslut: Förslaget godkändes.\nJusterarnas signaturer\f' +
        '§ 2 Två\nFörslag: Nämnden antecknar informationen.\nBeslut: Förslaget godkändes.\nJusterarnas signaturer\f' +
        '§ 3 Tre\nText här.\nJusterarnas signaturer',
    );
    expect(m.items.map((i) => i.decisions)).toEqual([['Förslaget godkändes.'], ['Förslaget godkändes.'], []]);
  });
});

describe('a head with a column of functions and a block of signatures', () => {
  const head =
    'FJÄLLSTAD\tPROTOKOLL\nFjällnämnden\n\nSammanträdestid\t5.3.2024 kl. 17.00–19.10\n\n' +
    'Närvarande\tOrdförande\tVilja Trosk\n\tVice ordförande\tEbbe Mulm\n\tMedlemmar\tSaga Frell\n\t\tOrvar Lind\n\tErsättare\tTyra Gran\n\n' +
    'Frånvarande\tMedlem\tIvar Holt\n\n';
  it('reads the function between the label and the name as the person\'s role, a member group as none', () => {
    const m = segment(`${head}§ 1 Ett\nText.\n\n§ 2 Två\nText.`);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'vice ordförande'],
      ['Saga Frell', null],
      ['Orvar Lind', null],
      ['Tyra Gran', 'ersättare'],
    ]);
    expect(m.absent.map((p) => [p.name, p.role])).toEqual([['Ivar Holt', null]]);
  });
  it('reads the names beside "Underskrifter" over their roles as the signers, and no one from the list above', () => {
    const m = segment(`${head}Underskrifter\tVilja Trosk\tAsta Blom\n\tordförande\tprotokollförare\n\n§ 1 Ett\nText.\n\n§ 2 Två\nText.`);
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Vilja Trosk' },
      { role: 'protokollförare', name: 'Asta Blom' },
    ]);
  });
});

describe('OCR of the round-48 shapes', () => {
  it('joins the rows of a paragraph\'s first sentence that OCR wrapped at the margin into its title', () => {
    const m = segment(
      'PROTOKOLL\nFjällföreningen\n\nDatum: 1961-05-03\n\nS 1. Ordf. hälsade de närvarande välkomna och förklarade\nsammanträdet öppnat.\n\n' +
        'S 2. Beslöts att höja avgiften för nya medlemmar till 25\nkr. från den 1 juli.\n\n§ 3. Att jämte ordf. justera dagens protokoll utsågs Ebbe\nMulm och Saga Frell.',
    );
    expect(m.items.map((i) => [i.title, i.decisions])).toEqual([
      ['Ordf. hälsade de närvarande välkomna och förklarade sammanträdet öppnat', []],
      ['Beslöts att höja avgiften för nya medlemmar till 25 kr. från den 1 juli', ['Beslöts att höja avgiften för nya medlemmar till 25 kr. från den 1 juli.']],
      ['Att jämte ordf. justera dagens protokoll utsågs Ebbe Mulm och Saga Frell', []],
    ]);
    expect(m.adjusters).toEqual(['Ebbe Mulm', 'Saga Frell']);
  });
  it('leaves a heading with a participle in -nde and the notes under it apart', () => {
    const m = segment('PROTOKOLL\nFjällbolaget\n\nDatum: 2023-05-03\n\n1. Beslut om fastställande av resultaträkning och balansräkning\nStämman fastställde räkningarna.\n\n2. Avslutning\nText.');
    expect(m.items[0]!.title).toBe('Beslut om fastställande av resultaträkning och balansräkning');
  });
  it('reads a document word in capitals after the body as the type where OCR closed the header\'s column gap', () => {
    const m = segment('Fjällnämnden KALLELSE\n2024-10-25\n\nDatum: Tisdagen den 5 nov. 2024\nTid: Klockan 13.15\n\n1. Val av justerare\n2. Budget\n3. Information');
    expect(m.documentType).toBe('kallelse');
    expect(m.body).toBe('Fjällnämnden');
  });
  it('reads an officer\'s title under the name with a speck at the margin before it', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: 2024-11-05\n\n1. Val av justerare\n2. Budget\n\nVilja Trosk\nordförande\n\nEnligt uppdrag\nEbbe Mulm\n. nämndsekreterare');
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Vilja Trosk' },
      { role: 'nämndsekreterare', name: 'Ebbe Mulm' },
    ]);
  });
  it('reads a doubled dash glued to the organisation as the spaced dash between a person and where they come from', () => {
    expect(parsePerson('Ebbe Mulm —--Fjällby kommun')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällby kommun', role: null });
  });
});
