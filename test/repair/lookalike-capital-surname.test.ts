import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { lookalikeCapitalSurnameFix } from '../../src/repair/lookalike-capital-surname.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);
const fixAt = (line: string, k: number) => lookalikeCapitalSurnameFix(tokeniseLine(line), k, lexicon);

describe('a surname whose small letters of capital shape came out as capitals', () => {
  it('writes a listed surname after a first name in its own case', () => {
    expect(repaired('Justerare: Vilgot EK (C)')).toContain('Vilgot Ek (C)');
  });
  it('reads it the same before a comma', () => {
    expect(fixAt('Ledamot Ingmarie EK, Ekbyn', 2)?.corrected).toBe('Ek');
  });
  it('leaves capitals holding a letter whose small shape differs: an abbreviation', () => {
    expect(fixAt('Vilgot EKB (C)', 1)).toBeNull();
  });
  it('leaves capitals that follow no first name, as in a heading', () => {
    expect(fixAt('BESLUT EK', 1)).toBeNull();
    expect(fixAt('EK', 0)).toBeNull();
  });
  it('leaves capitals whose small-letter form is no listed name', () => {
    expect(fixAt('Vilgot SOS', 1)).toBeNull();
  });
});
