import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../src/segment/labels.ts';
import { segment } from './segment-text.ts';

describe('reads the informal labels of who took part', () => {
  it('reads "Vid mötet:" as those present and "Ej med:" as those away, and "På linjen:" of a telephone meeting as those present', () => {
    const m = segment('APT Fjällgården\nAnteckningar\n\nDatum: 2025-10-15\n\nVid mötet: Tyra Malm (enhetschef), Orvar Lind\nEj med: Saga Frell\n\n1. Schema\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Tyra Malm', 'enhetschef'], ['Orvar Lind', null]]);
    expect(m.absent.map((p) => p.name)).toEqual(['Saga Frell']);
    const phone = segment('Anteckningar från telefonmöte\nFjällgruppen\n\nDatum: 2004-03-09\nPlats: Telefonmöte\n\nPå linjen: Tyra Malm, Länsstyrelsen; Orvar Lind, Fjällby kommun\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(phone.attendees.map((p) => [p.name, p.organisation])).toEqual([['Tyra Malm', 'Länsstyrelsen'], ['Orvar Lind', 'Fjällby kommun']]);
  });
  it('names no one from a list of the associations that came ("Närvarande föreningar: …"), and reads staff with their titles before the names', () => {
    const m = segment('Anteckningar\nFjällby kommun\n\nDatum: 2025-10-21\n\nNärvarande föreningar: Fjällby AIF, Fjällby Konstförening och PRO Fjällby\nFrån kommunen: fritidschef Tyra Malm och fritidskonsulent Orvar Lind\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Tyra Malm', 'fritidschef'], ['Orvar Lind', 'fritidskonsulent']]);
  });
});

describe('reads the labels of the head block', () => {
  it('reads "Lokal samverkansgrupp …" in a title as the adjective, and "Lokal: …" or "Lokal  stora salen" as the place label', () => {
    expect(matchLabel('Lokal samverkansgrupp (LSG) Fjällby skola')).toBeNull();
    expect(matchLabel('Lokal styrgrupp')).toBeNull();
    expect(matchLabel('Lokal: Rum 3')).toMatchObject({ kind: 'place', rest: 'Rum 3' });
    expect(matchLabel('Lokal  stora salen')).toMatchObject({ kind: 'place', rest: 'stora salen' });
    const m = segment('Lokal samverkansgrupp (LSG) Fjällby skola\nMinnesanteckningar\n\nDatum: 2026-02-10\nPlats: Personalrummet\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.meeting?.place).toBe('Personalrummet');
  });
  it('drops "=" read in the gap between a label and its value', () => {
    expect(matchLabel('Plats =: Via Teams')?.rest).toBe('Via Teams');
  });
  it('knows a break in the meeting is no place or time', () => {
    expect(matchLabel('Ajournering\tkl. 10.05–10.20')?.kind).toBe('ignored');
  });
  it('reads how people took part between the label and its colon as no part of the value', () => {
    expect(matchLabel('Närvarande via Zoom: Lisa Berg, Täby')).toMatchObject({ kind: 'attendees', rest: 'Lisa Berg, Täby' });
    expect(matchLabel('Närvarande på plats: Lisa Berg')).toMatchObject({ kind: 'attendees', rest: 'Lisa Berg' });
  });
  it('reads how people took part after a comma behind the label as no part of the first person, also where the label wrapped in its column', () => {
    expect(matchLabel('Beslutande, deltar på distans\tÅsa Lind (S), ordförande')).toMatchObject({ kind: 'attendees', rest: 'Åsa Lind (S), ordförande' });
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 2020-04-02\n\nBeslutande, deltar på Åsa Lind (S), ordförande\n\ndistans\n\nOve Sten (M)\nIda Ros (C)\nÖvriga, deltar på distans Eje Vallin, kommunchef\n\n§ 1 Öppnande\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Åsa Lind', 'ordförande'], ['Ove Sten', null], ['Ida Ros', null], ['Eje Vallin', 'kommunchef']]);
  });
  it('reads the group word between a people label and its colon as no part of the value', () => {
    expect(matchLabel('Närvarande elever: Ali Ek, Bo Al')).toMatchObject({ kind: 'attendees', rest: 'Ali Ek, Bo Al' });
    expect(matchLabel('Datum för nästa möte: 3 maj')?.rest).toBe('för nästa möte: 3 maj');
  });
  it('reads "Vilka:" as who took part, only with its colon', () => {
    expect(matchLabel('Vilka: Ali Ek')?.kind).toBe('attendees');
    expect(matchLabel('Vilka frågor tas upp?')).toBeNull();
  });
  it('needs the colon, so an English word opening a Swedish row is no label', () => {
    expect(matchLabel('Time out för projektet')).toBeNull();
  });
  it('finds a label behind a speck read as a colon', () => {
    expect(matchLabel(': Absent: Ida Sund')).toMatchObject({ kind: 'absent', rest: 'Ida Sund' });
  });
  it('ends the place above it and labels no time', async () => {
    const { parseHeadBlock } = await import('../../../src/segment/head-block.ts');
    const { linesFromText } = await import('../../../src/segment/document-lines.ts');
    expect(parseHeadBlock(linesFromText('Plats: Rådhuset, sal A\nÄrende\tTid\n')[0]!)).toEqual([{ kind: 'place', label: 'Plats', values: ['Rådhuset, sal A'] }]);
  });
  it('takes "Mötesordförande:" as a function label of the head, not more of the place', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nMötesdatum: 2025-02-07\nMötesplats: Digitalt via Teams\nMötesordförande: Vilja Trosk\nSekreterare: Ebbe Mulm\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Digitalt via Teams');
    expect(m.attendees).toContainEqual({ name: 'Vilja Trosk', organisation: null, role: 'mötesordförande' });
  });
  it('reads "Med på mötet:" as the list of those present, not as the rest of the place above it', () => {
    const m = segment('Fjällnätverket\nMinnesanteckningar\n\nNär: tisdag 4/3 2025, kl. 13.00-15.00\nVar: Fjällskolan, biblioteket\nMed på mötet: Vilja Trosk (Fjällskolan), Ebbe Mulm (adjungerad)\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Fjällskolan, biblioteket');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällskolan', role: null },
      { name: 'Ebbe Mulm', organisation: null, role: 'adjungerad' },
    ]);
  });
  it('reads "När:" and "Var:" as time and place, but not "Var" opening a sentence', () => {
    const minutes = segment('Anteckningar\nNär: 14 mars 2023 kl 13-15\nVar: Botkyrka kommunhus, rum Flottiljen\n\n1. Start\nVar och en presenterade sig.\n2. Slut\ntext');
    expect(minutes.meeting).toEqual({ date: '2023-03-14', start: '13:00', end: '15:00', place: 'Botkyrka kommunhus, rum Flottiljen' });
    expect(minutes.items[0]!.text).toBe('Var och en presenterade sig.');
  });
});

describe('reads labels in English or in two languages', () => {
  it('reads Date, Time, Location, Participants, Absent, Next meeting and Minutes taken by', () => {
    const m = segment(
      'Minnesanteckningar\nProjektgruppen\n\nDate: 2024-03-05\nTime: 9.00–10.00\nLocation: Rådhuset\nParticipants: Eva Ek (Nacka), Ola Berg (Täby)\nAbsent: Ida Sund (Solna)\n\n1. Start\nText.\n\nNext meeting: 2024-04-02\nMinutes taken by: Ola Berg',
    );
    expect(m.meeting).toMatchObject({ date: '2024-03-05', start: '09:00', end: '10:00', place: 'Rådhuset' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Eva Ek', 'Ola Berg']);
    expect(m.absent.map((p) => p.name)).toEqual(['Ida Sund']);
    expect(m.nextMeeting?.date).toBe('2024-04-02');
    expect(m.signatures).toEqual([{ role: 'Minutes taken by', name: 'Ola Berg' }]);
  });
  it('reads the first language of bilingual labels ("Tid/Time:", "Deltagare/Participants:", "Beslut/Decision:")', () => {
    const m = segment(
      'Anteckningar\nNätverket\n\nDatum/Date: 2025-05-06\nTid/Time: 09.00–10.00\nPlats/Venue: Fjällhuset\nDeltagare/Participants: Vilja Trosk, Fjällby; Ebbe Mulm, Sjöby\nFörhinder/Apologies: Saga Frell, Åby\n\n' +
        '1. Ansökan\nText.\nBeslut/Decision: Nätverket står bakom ansökan.\n\nAntecknat av/Minutes taken by: Ebbe Mulm',
    );
    expect(m.meeting).toEqual({ date: '2025-05-06', start: '09:00', end: '10:00', place: 'Fjällhuset' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm']);
    expect(m.absent.map((p) => p.name)).toEqual(['Saga Frell']);
    expect(m.items[0]!.decisions).toEqual(['Nätverket står bakom ansökan.']);
    expect(m.signatures).toEqual([{ role: 'Antecknat av/Minutes taken by', name: 'Ebbe Mulm' }]);
  });
});
