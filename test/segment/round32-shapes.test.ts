import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { matchLabel } from '../../src/segment/labels.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('English labels of an international template', () => {
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
  it('needs the colon, so an English word opening a Swedish row is no label', () => {
    expect(matchLabel('Time out för projektet')).toBeNull();
  });
});

describe('people separated by spaced bars', () => {
  it('reads each part as a person', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: Eva Ek, Nacka | Ola Berg, Täby\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Eva Ek', organisation: 'Nacka', role: null },
      { name: 'Ola Berg', organisation: 'Täby', role: null },
    ]);
  });
});

describe('OCR of round-32 shapes', () => {
  it('reads three "name, place" pairs whose separators OCR lost as three people', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: Eva Ek, Nacka Ola Berg, Täby Ida Sund, Solna\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Eva Ek', 'Nacka'],
      ['Ola Berg', 'Täby'],
      ['Ida Sund', 'Solna'],
    ]);
  });
  it('finds a label behind a speck read as a colon', () => {
    expect(matchLabel(': Absent: Ida Sund')).toMatchObject({ kind: 'absent', rest: 'Ida Sund' });
  });
  it('reads "81." alone on its rows as §1 with the title below', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2024-03-05\n\n81.\nMötets öppnande\nText.\n\n82.\nBudget\nText.\n\n83.\nAvslutning\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Mötets öppnande'],
      ['2', 'Budget'],
      ['3', 'Avslutning'],
    ]);
  });
  it('splits a row of two signers with a quote glued to a surname at the known names', () => {
    const m = segment("Protokoll\nNämnden\n\nDatum: 2024-03-05\nNärvarande: Eva Ek (S), Ola Berg (M)\n\n§ 1 Start\nText.\n\nJusteras\n\nEva 'Ek \"> Ola Berg");
    expect(m.signatures).toEqual([
      { role: 'Justeras', name: 'Eva Ek' },
      { role: 'Justeras', name: 'Ola Berg' },
    ]);
  });
});
