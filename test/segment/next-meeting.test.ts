import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe('next meeting', () => {
  it('does not take the deadline to sign up under a point about the next meeting for that meeting', () => {
    const text =
      'Kallelse\nNätverket för fritidsledare\n\nDatum: 2024-02-06\nTid: 9.00-11.00\n\n1. Inledning\n2. Övrigt och nästa träff\n' +
      'Anmälan senast den 30 januari till Lisa Berg.\n\nLisa Berg\nsamordnare\n';
    expect(segment(text).nextMeeting ?? null).toBeNull();
  });
  it('still reads the date written under a point about the next meeting', () => {
    const text =
      'Minnesanteckningar\nNätverket för fritidsledare\n\nDatum: 2024-02-06\n\n1. Inledning\nVi gick igenom dagordningen.\n2. Nästa träff\n' +
      'Nästa träff blir den 14 maj 2024. Anmälan senast den 30 april.\n';
    expect(segment(text).nextMeeting?.date).toBe('2024-05-14');
  });
  it('reads the next meeting from the row under a row of column headings ("Datum Tid Plats")', () => {
    const text = 'Minnesanteckningar\nLedningsgruppen\n\nDatum: 2024-01-10\n\n1. Inledning\nInga frågor.\n\nNästa möte\nDatum\tTid\tPlats\n2024-02-07\t9.00–11.00\tRum Ekorren\n';
    expect(segment(text).nextMeeting).toEqual({ date: '2024-02-07', start: '09:00', end: '11:00', place: 'Rum Ekorren' });
  });
});
