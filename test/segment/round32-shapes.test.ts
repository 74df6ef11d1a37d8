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
