import { describe, expect, it } from 'vitest';
import { isYearSpanAlone } from '../../src/segment/year-span-row.ts';

describe('a span of years alone on a row', () => {
  it('knows a span of two years, with or without a stop, from a point or a row of notes', () => {
    expect(isYearSpanAlone('1971-1974.')).toBe(true);
    expect(isYearSpanAlone('2025–2028')).toBe(true);
    expect(isYearSpanAlone('2024-25')).toBe(true);
    expect(isYearSpanAlone('12. Övriga frågor')).toBe(false);
    expect(isYearSpanAlone('2023 blev ett bra år.')).toBe(false);
  });
});
