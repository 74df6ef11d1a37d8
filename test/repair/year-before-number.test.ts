import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe('a plain "ar" before a four-digit year', () => {
  it('is written "år"', () => {
    expect(repaired('Bidraget till Ekbyns vagforening for ar 1987 beviljades.')).toContain('för år 1987');
  });
  it('stays "är" where no year follows', () => {
    expect(repaired('Foreningen ar 12 medlemmar starkare.')).toContain('Föreningen är 12');
  });
});
