import { describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../src/text/character-error-rate.ts';

describe('characterErrorRate', () => {
  it('counts å, ä and ö as one character each', () => {
    expect(characterErrorRate('Södertörn', 'Sodertorn')).toBeCloseTo(2 / 9);
  });

  it('ignores how whitespace and page breaks are laid out', () => {
    expect(characterErrorRate('Tid\tTorsdagen\nden 9 mars', 'Tid Torsdagen den 9\fmars')).toBe(0);
  });

  it('is the edit distance divided by the reference length', () => {
    expect(characterErrorRate('hälsar', 'hilsar')).toBeCloseTo(1 / 6);
  });
});
