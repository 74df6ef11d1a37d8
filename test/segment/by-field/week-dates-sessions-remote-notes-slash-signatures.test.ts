import { describe, expect, it } from 'vitest';
import { parseMeetingValue } from '../../../src/segment/meeting-time.ts';
import { parsePerson } from '../../../src/segment/person.ts';
import { findDates } from '../../../src/segment/swedish-dates.ts';
import { segment } from './segment-text.ts';

describe('a day named by its week', () => {
  it('reads "onsdag vecka 15 2025" and "v. 15, onsdag (2025)" as 9 April 2025', () => {
    expect(findDates('Datum: onsdag vecka 15 2025').map((d) => d.iso)).toEqual(['2025-04-09']);
    expect(findDates('v. 15, onsdag (2025)').map((d) => d.iso)).toEqual(['2025-04-09']);
  });
  it('counts weeks as ISO does: week 1 of 2026 starts on 29 December 2025', () => {
    expect(findDates('måndag v. 1 2026').map((d) => d.iso)).toEqual(['2025-12-29']);
  });
});

describe('a meeting in two sessions', () => {
  it('ends when the second session does ("9.00–12.00 och 13.00–15.00")', () => {
    expect(parseMeetingValue('2025-04-09 kl. 9.00–12.00 och 13.00–15.00', { withPlace: false })).toMatchObject({ start: '09:00', end: '15:00' });
  });
  it('does not take a break in brackets for a second session', () => {
    expect(parseMeetingValue('2025-04-09 kl. 13.00–15.00 (fika 14.00–14.15)', { withPlace: false })).toMatchObject({ start: '13:00', end: '15:00' });
  });
});

describe('how someone took part, and typed signatures', () => {
  it('drops "(tel)", "(Teams)" after a name', () => {
    expect(parsePerson('Ida Ros (tel)')).toEqual({ name: 'Ida Ros', organisation: null, role: null });
    expect(parsePerson('Ove Sten (Teams)')).toEqual({ name: 'Ove Sten', organisation: null, role: null });
  });
  it('reads "/Ove Sten" under "Vid pennan" as the signature', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n2. Slut\nText.\n\nVid pennan\n/Ove Sten');
    expect(m.signatures).toEqual([{ role: 'Vid pennan', name: 'Ove Sten' }]);
  });
});
