import { describe, expect, it } from 'vitest';
import { relativeMeetingDay } from '../../src/segment/relative-meeting-day.ts';

describe('a meeting dated by the day the letter was written', () => {
  it('reads "gårdagens möte" as the day before, across a month\'s end', () => {
    expect(relativeMeetingDay('Här kommer anteckningarna från gårdagens möte.', '2023-03-01')?.iso).toBe('2023-02-28');
    expect(relativeMeetingDay('Anteckningar från förrgårdagens nätverksträff', '2023-05-10')?.iso).toBe('2023-05-08');
    expect(relativeMeetingDay('Tack för dagens workshop!', '2023-05-10')?.iso).toBe('2023-05-10');
  });
  it('reads "i går" in a sentence about the meeting, and nothing without a day the letter was written', () => {
    expect(relativeMeetingDay('Vi träffades i går i Ekby.', '2024-01-01')?.iso).toBe('2023-12-31');
    expect(relativeMeetingDay('Vi träffades i går i Ekby.', null)).toBeUndefined();
  });
  it('leaves "dagens" before a word that names no meeting, and "i går" where no meeting is spoken of', () => {
    expect(relativeMeetingDay('Dagens upplägg gicks igenom.', '2023-05-10')).toBeUndefined();
    expect(relativeMeetingDay('Paketet kom i går.', '2023-05-10')).toBeUndefined();
  });
  it('reads "i tisdags" as the last Tuesday before the letter, a week back when written on a Tuesday', () => {
    expect(relativeMeetingDay('Här kommer anteckningarna från mötet i tisdags.', '2021-06-11')?.iso).toBe('2021-06-08');
    expect(relativeMeetingDay('Vi sågs i tisdags på kontoret.', '2021-06-08')?.iso).toBe('2021-06-01');
  });
  it('reads "torsdagens möte" as the last Thursday on or before the letter', () => {
    expect(relativeMeetingDay('Här kommer anteckningarna från torsdagens möte.', '2021-06-14')?.iso).toBe('2021-06-10');
    expect(relativeMeetingDay('Anteckningar från torsdagens möte', '2021-06-10')?.iso).toBe('2021-06-10');
  });
});
