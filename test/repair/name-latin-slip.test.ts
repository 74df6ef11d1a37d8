import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a surname after a first name', () => {
  it('is not turned into a common word by trading one plain letter for another', () => {
    const { text, corrections } = repairText(`${damaged}Justerare: Lisa Ahos och Per Lind`, lexicon, { threshold: 0.8 });
    expect(text).toContain('Lisa Ahos och');
    // Only a suggestion for the reviewer.
    expect(corrections.find((c) => c.original === 'Ahos')?.applied).toBe(false);
  });
  it('still gets back a diacritic it lost', () => {
    expect(repairedLine('Justerare: Lisa Ohrn och Per Lind')).toContain('Lisa Öhrn');
  });
});
