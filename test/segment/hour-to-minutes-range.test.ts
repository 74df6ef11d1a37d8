import { describe, expect, it } from 'vitest';
import { findTimeRange } from '../../src/segment/swedish-times.ts';

describe('a whole hour to a time with minutes', () => {
  it('reads "8–9.45" in a value labelled as a time', () => {
    expect(findTimeRange('8–9.45', { hoursOnly: true })).toMatchObject({ start: '08:00', end: '09:45' });
  });
  it('is not trusted without a time label, and never backwards', () => {
    expect(findTimeRange('punkt 8–9.45')?.start).not.toBe('08:00');
    expect(findTimeRange('14–9.45', { hoursOnly: true })?.start).not.toBe('14:00');
  });
});
