import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { numeralTwoFix } from '../../src/repair/numeral-two.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);
const fixAt = (line: string, k: number, level: 'damaged' | 'mixed' | 'clean' = 'damaged') => numeralTwoFix(tokeniseLine(line), k, level);

describe('"tv" for the numeral "två" whose å the OCR dropped', () => {
  it('reads "tv" before the noun it counts as "två"', () => {
    expect(repaired('Styrelsen valde tv revisorer for aret.')).toContain('valde två revisorer');
  });
  it('reads "tv" before an adjective of the counted noun as "två"', () => {
    expect(fixAt('att tv gamla bryggor rivs', 1)?.corrected).toBe('två');
  });
  it('keeps the capital of a sentence-opening "Tv"', () => {
    expect(fixAt('Tv skrivelser har inkommit.', 0)?.corrected).toBe('Två');
  });
  it('leaves the noun "tv" before a conjunction or a preposition', () => {
    expect(fixAt('reklam i tv och radio', 2)).toBeNull();
    expect(fixAt('syns pa tv under hosten', 2)).toBeNull();
  });
  it('leaves "tv" closing its clause or inflected', () => {
    expect(fixAt('sändes pa tv, sa vitt vi vet', 2)).toBeNull();
    expect(fixAt('tv:n i salen ar trasig', 0)).toBeNull();
  });
  it('leaves "tv" on a page whose å/ä/ö the OCR kept', () => {
    expect(fixAt('Föreningen köpte tv möbler', 2, 'clean')).toBeNull();
  });
});
