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
});
