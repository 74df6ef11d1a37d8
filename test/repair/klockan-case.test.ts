import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { klockanFix } from '../../src/repair/patterns.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

describe('kl before a time', () => {
  it('is written small after a word inside the sentence', () => {
    const tokens = tokeniseLine('Vi ses den 4 mars Kl. 13.15 i Grusby');
    expect(klockanFix(tokens, 5)).toMatchObject({ corrected: 'kl', confidence: 0.9 });
  });
  it('keeps its capital where it opens the line', () => {
    expect(klockanFix(tokeniseLine('Kl. 13.15 fika'), 0)).toBeNull();
  });
  it('keeps its capital after a label', () => {
    expect(klockanFix(tokeniseLine('Tid: Kl. 13.15'), 1)).toBeNull();
  });
  it('is written small when its l was read as a capital I inside the sentence', () => {
    const tokens = tokeniseLine('Vi ses den 4 mars 2031 KI. 13.15 i Grusby');
    expect(klockanFix(tokens, 6)).toMatchObject({ corrected: 'kl' });
  });
  it('is written small after a place closed by a comma', () => {
    expect(klockanFix(tokeniseLine('Plats: sal Grusby, Kl. 18.30'), 3)).toMatchObject({ corrected: 'kl' });
  });
  it('is read before a time that opens the next line', () => {
    const text = 'Styrelsen kallas till mote tisdagen den 3 mars 2031 KI.\n18.00 i Grusby bygdegard';
    expect(repairText(text, lexicon, { threshold: 0.8 }).text.split('\n')[0]).toMatch(/2031 kl\.$/);
  });
});
