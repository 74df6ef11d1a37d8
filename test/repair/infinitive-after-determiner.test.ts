import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repair = (line: string) => repairText(DAMAGED_PAGE + line, lexicon, { threshold: 0.8 });

describe('a valid word after a word that opens a noun phrase', () => {
  it('is not turned into an infinitive, only flagged', () => {
    const { text, corrections } = repair('Styrelsen ser fram emot det fortsatta arbetet med Ekbyns nya bibliotek.');
    expect(text).toContain('det fortsatta arbetet');
    expect(corrections.find((c) => c.original === 'fortsatta')?.applied).toBe(false);
    expect(repair('En ny tavla monteras i entrén.').text).toContain('ny tavla monteras');
  });
  it('still becomes the infinitive where grammar wants one', () => {
    expect(repair('Laget ska tavla i Ekbyn.').text).toContain('ska tävla');
  });
});
