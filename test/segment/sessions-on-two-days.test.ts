import { describe, expect, it } from 'vitest';
import { parseMeetingValue } from '../../src/segment/meeting-time.ts';

describe('a meeting over two half-days', () => {
  it('ends when the second day\'s session ends, though that session starts earlier in the day', () => {
    expect(parseMeetingValue('onsdag 13.00–17.00, torsdag 08.00–11.30', { withPlace: false, reference: '2025-09-10' })).toMatchObject({ start: '13:00', end: '11:30' });
  });
  it('reads the second session with its day and date, and keeps the place apart', () => {
    expect(parseMeetingValue('Vårby gård, tisdag 3 juni kl. 12.30–16.00 och onsdag 4 juni kl. 8.30–12.00', { withPlace: true, reference: '2025-05-20' })).toMatchObject({ start: '12:30', end: '12:00', place: 'Vårby gård' });
  });
  it('still ends a day at its own session when a later time on the same day is no second session', () => {
    expect(parseMeetingValue('13.00–15.00, fika från 12.30', { withPlace: false })).toMatchObject({ start: '13:00', end: '15:00' });
  });
});
