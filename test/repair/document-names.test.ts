import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const lines = (text: string): string[] => repairText(text, lexicon, { threshold: 0.8 }).text.split('\n');

describe('a name the document writes in a name pair', () => {
  it("keeps a first name met alone later as the name ('Lata visade …' after 'Lata Nord (Solna)'), no verb 'låta'", () => {
    const text = 'Minnesanteckningar fran motet\nNarvarande: Lata Nord (Solna), Per Berg (Taby)\nLata visade kommunens mallar for delegationsordningar.';
    expect(lines(text)[2]).toBe('Lata visade kommunens mallar för delegationsordningar.');
  });
  it('still repairs the same word where the document never pairs it with a surname', () => {
    const text = 'Minnesanteckningar fran motet\nNarvarande: Per Berg (Taby)\nVi vill lata alla komma till tals.';
    expect(lines(text)[2]).toContain('låta');
  });
});
