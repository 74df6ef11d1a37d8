import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe('a name-pair word that only a verb explains', () => {
  it('stays as written: surnames and first names are no infinitives', () => {
    expect(repaired('Ledamot Hamta Lindqvist, Vrebo')).toBe('Ledamot Hamta Lindqvist, Vrebo');
  });
  it('stays as written after a small-letter word too, where its capital marks a name ("rum Tanka")', () => {
    expect(repaired('Motet halls i rum Tanka och')).toContain('rum Tanka och');
  });
  it('is still read where the capital is the English model\'s small ö ("att Oppna")', () => {
    expect(repaired('Vi ska Oppna lokalen')).toBe('Vi ska öppna lokalen');
  });
  it('is still the verb in running text', () => {
    expect(repaired('Vi ska hamta boken')).toBe('Vi ska hämta boken');
  });
});
