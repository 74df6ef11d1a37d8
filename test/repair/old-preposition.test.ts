import { describe, expect, it } from 'vitest';
import { oldPrepositionFix } from '../../src/repair/old-preposition.ts';
import { repairText } from '../../src/repair/index.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);
const fixAt = (line: string, k: number, level: 'damaged' | 'mixed' | 'clean' = 'damaged') => oldPrepositionFix(tokeniseLine(line), k, level);

describe('a lone "a" or "&" for the old preposition "å"', () => {
  it('reads a plain "a" before a definite noun as "å"', () => {
    expect(repaired('Namnden sammantradde a kommunalhuset i Ekby.')).toContain('sammanträdde å kommunalhuset');
  });
  it('reads an ampersand between small-letter words before a definite noun as "å"', () => {
    expect(repaired('med styrelsen & bygdegarden i Ekby')).toContain('styrelsen å bygdegården');
  });
  it('reads a plain "a" before an amount as "å"', () => {
    expect(fixAt('inkommit anbud a 1 250 kronor', 2)?.corrected).toBe('å');
  });
  it('leaves an ampersand before a number, which may be a paragraph sign', () => {
    expect(fixAt('enligt beslut & 12 ovan', 2)).toBeNull();
  });
  it('leaves an ampersand between capitalised names of a firm', () => {
    expect(repaired('Byggfirman Holm & Son AB')).toContain('Holm & Son');
  });
  it('leaves an ampersand between small-letter words that are no definite noun', () => {
    expect(fixAt('avdelningen for drift & underhall', 3)).toBeNull();
  });
  it('reads a line-opening "a" before a definite noun as the wrapped sentence\'s "å"', () => {
    expect(fixAt('a skolhuset i Ekby.', 0)?.corrected).toBe('å');
  });
  it('leaves a line-opening "a" before a number, which names no sum there', () => {
    expect(fixAt('a 12 ledamoter', 0)).toBeNull();
  });
  it('reads "&" after a time of day abbreviated with periods as "å"', () => {
    expect(fixAt('kl. 10 f.m. & skolhuset', 3)?.corrected).toBe('å');
  });
  it('leaves a letter after a sentence has closed', () => {
    expect(fixAt('Motet avslutades. a kontoret', 2)).toBeNull();
  });
  it('leaves a plain "a" on a page whose å/ä/ö the OCR kept', () => {
    expect(fixAt('hyr a market in the town', 1, 'clean')).toBeNull();
    expect(fixAt('hyr a market in the town', 1, 'mixed')).toBeNull();
  });
});
