import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { garbledPartEndVariants } from '../../src/repair/garbled-part-end.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe("a first part's final å, ä or ö drawn as a stray glyph, or as nothing, against the next part", () => {
  it("reads a p or an s where the ö of 'miljö' stood before the next part", () => {
    expect(repairedLine('Frågan går till Miljpnamnden i maj.')).toBe('Frågan går till Miljönämnden i maj.');
    expect(repairedLine('Vi talade om nya miljpkrav för byggen.')).toContain(' miljökrav ');
  });
  it("prefers the listed word to a split that reads the stray s as a linking s ('miljös+nämnden')", () => {
    expect(repairedLine('Ärendet gick till miljsnamnden igen.')).toContain(' miljönämnden ');
  });
  it('reads a dropped letter only into a listed word', () => {
    expect(repairedLine('Två miljinspektorer kom på besök.')).toContain(' miljöinspektörer ');
  });
  it('offers nothing where the letters before the glyph already open a compound, or no opener ends in å, ä or ö there', () => {
    expect(garbledPartEndVariants('skolpkrav', lexicon)).toEqual([]);
    expect(garbledPartEndVariants('Trulsxbergen', lexicon)).toEqual([]);
  });
  it('reads no punctuation between two words as the letter', () => {
    expect(repairedLine('Ordförande Linda.informerade om läget.')).toContain('Linda.informerade');
  });
  it('offers nothing for short tokens', () => {
    expect(garbledPartEndVariants('miljpk', lexicon)).toEqual([]);
  });
});
