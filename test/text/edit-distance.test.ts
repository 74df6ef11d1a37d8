import { describe, expect, it } from 'vitest';
import { editDistance, similarity } from '../../src/text/edit-distance.ts';

describe('editDistance', () => {
  it('counts a lost diacritic as one substitution and a split letter as two edits', () => {
    expect(editDistance('Södertörn', 'Sodertorn')).toBe(2);
    expect(editDistance('förslag', 'foérslag')).toBe(2);
    expect(editDistance('kl', 'kI')).toBe(1);
  });

  it('is zero for equal strings and the other length against an empty one', () => {
    expect(editDistance('nämnd', 'nämnd')).toBe(0);
    expect(editDistance('', 'möte')).toBe(4);
    expect(editDistance('möte', '')).toBe(4);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['Justeringens', 'Justerlngens plats'], ['Beslutande', 'Besl'], ['ab', 'ba']] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });

  it('counts a character outside the BMP as one edit', () => {
    expect(editDistance('a𝔞b', 'ab')).toBe(1);
    expect(editDistance('𝔞', '𝔟')).toBe(1);
  });

  it('stops past a bound and says so with max + 1', () => {
    expect(editDistance('ordförande', 'ordforande', 1)).toBe(1);
    expect(editDistance('ordförande', 'sekreterare', 2)).toBe(3);
    expect(editDistance('kort', 'betydligt längre', 3)).toBe(4);
  });

  it('gives the same answer for a long pair after short ones, with rows reused', () => {
    const long = 'Kommunstyrelsens arbetsutskott sammanträdde i kommunhuset. '.repeat(5);
    expect(editDistance('a', 'b')).toBe(1);
    expect(editDistance(long, long.replaceAll('ä', 'a'))).toBe(5);
    expect(editDistance('ab', 'abc')).toBe(1);
  });
});

describe('similarity', () => {
  it('runs from 1 for identical strings to 0 for nothing in common', () => {
    expect(similarity('Plats', 'Plats')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('Närvarande', 'Narvarande')).toBeCloseTo(0.9);
  });
});
