import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe('an s-passive no list ranks, read for a token that is no word', () => {
  it('is the passive of the commoner verb ("hålla", not "hälla")', () => {
    expect(repaired('Nasta sammantrade halles tisdagen den 4 mars i Ekbyns skola.')).toContain('sammanträde hålles tisdagen');
  });
  it('leaves a valid word as written', () => {
    expect(repaired('Vattnet hälles ut.')).toContain('hälles');
  });
});
