import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(text, lexicon, { threshold: 0.8 }).text;

describe('a short upper-case part of a hyphenated word', () => {
  it("keeps 'IKT-plan' as written: the upper-case part is an abbreviation, never 'ÅKT'", () => {
    expect(repaired('Vi har en IKT-plan.')).toBe('Vi har en IKT-plan.');
  });
  it('keeps it in a role in brackets after a name', () => {
    expect(repaired('Anna Lind (IKT-samordnare), Per Ek')).toBe('Anna Lind (IKT-samordnare), Per Ek');
  });
});

describe('a code of one capital and digits', () => {
  it("takes 'S1' and 'E1' for codes, never suggesting 'Sl' or 'El'", () => {
    const { corrections } = repairText('Funktion S1 Personal och väg E1 norrut.', lexicon, { threshold: 0.8 });
    expect(corrections.map((c) => c.original)).toEqual([]);
  });
});

describe('a listed hyphenated word written apart', () => {
  it("keeps 'drop' before 'in-kvällar': with the next word it spells the listed 'drop-in', no 'dröp'", () => {
    expect(repaired('Gruppen enades om att ordna två drop in-kvällar i mars.')).toBe('Gruppen enades om att ordna två drop in-kvällar i mars.');
  });
  it('still repairs the rest of the next word on a damaged page', () => {
    expect(repaired(`${DAMAGED_PAGE}Vi ordnar drop in-kvallar i mars.`).split('\n')[1]).toBe('Vi ordnar drop in-kvällar i mars.');
  });
});
