import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();


describe('a capitalised word in a pair of names', () => {
  it('is read as the listed first name rather than the common noun it also spells', () => {
    expect(repairText(`${damaged}Narvarande: Lisa Grusvall, Osten Tallberga, Per Lind`, lexicon, { threshold: 0.8 }).text).toContain('Östen Tallberga');
  });
  it('is read as the listed surname after a first name rather than the common noun it also spells', () => {
    expect(repairText(`${damaged}Narvarande: Tuva Backman, Lisa Grusvall`, lexicon, { threshold: 0.8 }).text).toContain('Tuva Bäckman,');
  });
  it('stays the common noun where no surname follows', () => {
    expect(repairText(`${damaged}Vi at osten och brodet.`, lexicon, { threshold: 0.8 }).text).toContain('osten');
  });
});
