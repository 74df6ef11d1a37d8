import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

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
