import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { isAttributiveModifier } from '../../src/repair/noun-after-modifier.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repair = (line: string) => repairText(DAMAGED_PAGE + line, lexicon, { threshold: 0.8 });

describe('a noun reading after an attributive modifier', () => {
  it('writes in the noun a lost ö gives after an adjective, where the word as written is a past-tense verb', () => {
    const { text } = repair('Bolaget ansoker om nya stod till Ekbyns idrottsplats.');
    expect(text).toContain('nya stöd till');
  });
  it('writes it in after a neuter adjective whose ä the English model read as é', () => {
    expect(repair('Eleverna har ratt till sérskilt stod i skolan.').text).toContain('stöd i skolan');
  });
  it('leaves the verb after a word that can be its subject', () => {
    expect(repair('Sedan stod Ekbyns ordforande upp och talade.').text).toContain('Sedan stod');
  });
  it('tells a modifier by the ending of a neuter adjective, and not a supine or a subject pronoun', () => {
    expect(isAttributiveModifier('ekonomiskt')).toBe(true);
    expect(isAttributiveModifier('utokat')).toBe(true);
    expect(isAttributiveModifier('minskat')).toBe(false);
    expect(isAttributiveModifier('detta')).toBe(false);
    expect(isAttributiveModifier('att')).toBe(false);
  });
});
