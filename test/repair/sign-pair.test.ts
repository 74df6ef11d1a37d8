import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('one å, ä or ö drawn as a sign glyph and a stray piece beside it', () => {
  it("reads 'besb6karna' as 'besökarna': a letter-like piece before the 6 that stood for ö", () => {
    expect(repairedLine('Alla besb6karna fick kaffe.')).toBe('Alla besökarna fick kaffe.');
  });
  it("reads 'ha&lsade' as 'hälsade': an a beside the & that stood for ä", () => {
    expect(repairedLine('Ordföranden ha&lsade gästerna.')).toBe('Ordföranden hälsade gästerna.');
  });
  it("reads 'mé&nad' as 'månad': two signs, é and &, for one å", () => {
    expect(repairedLine('Vi ses om en mé&nad igen.')).toBe('Vi ses om en månad igen.');
  });
  it("keeps a name's own last letter after é ('Bergér'): a piece of an inner letter lies inside the word", () => {
    expect(repairedLine('Närvarande: Sara Bergér, sekreterare')).toContain('Sara Bergér,');
  });
});

describe('an @ between the letters of one word', () => {
  it("reads 'Kulturn@mnden' as 'Kulturnämnden': an @ with no domain is the English model's ä", () => {
    expect(repairedLine('Ärendet går till Kulturn@mnden.')).toBe('Ärendet går till Kulturnämnden.');
  });
  it('leaves e-mail addresses alone, with a domain or a dotted name before the @', () => {
    expect(repairedLine('Skriv till info@kulturhuset.se eller till sara.berger@kulturhuset idag.')).toBe(
      'Skriv till info@kulturhuset.se eller till sara.berger@kulturhuset idag.',
    );
  });
});
