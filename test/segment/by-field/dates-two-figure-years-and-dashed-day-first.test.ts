import { describe, expect, it } from 'vitest';
import { parseSwedishDate } from '../../../src/segment/swedish-dates.ts';

describe('dates written with a two-figure year or day first with dashes', () => {
  it('reads a two-figure year from before 1940 as the 1900s ("12/11-74", "4 mars -68")', () => {
    expect(parseSwedishDate('12/11-74')).toBe('1974-11-12');
    expect(parseSwedishDate('4 mars -68')).toBe('1968-03-04');
  });
  it('reads a two-figure year up to 40 as this century ("3/4-25")', () => {
    expect(parseSwedishDate('3/4-25')).toBe('2025-04-03');
  });
  it('reads "Ons 9/4 -25" with the year after a spaced dash', () => {
    expect(parseSwedishDate('Ons 9/4 -25, 13–15')).toBe('2025-04-09');
  });
  it('reads "09-04-2025" as the 9th of April', () => {
    expect(parseSwedishDate('Datum: 09-04-2025')).toBe('2025-04-09');
  });
  it('does not read a telephone number or a reference as a dashed date', () => {
    expect(parseSwedishDate('Tfn 08-12-3456')).toBeNull();
    expect(parseSwedishDate('Dnr 2025-12-45-2025')).toBeNull();
  });
});
