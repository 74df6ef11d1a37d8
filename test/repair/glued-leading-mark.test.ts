import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { strayLeadingMarkFix } from '../../src/repair/patterns.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe('a dash, underscore or stop glued to the front of a word', () => {
  it('is a speck: dropped at a line start and inside a line', () => {
    expect(strayLeadingMarkFix(tokeniseLine('-Blomsterfond i Vrebo'), 0)).toMatchObject({ corrected: '', span: { start: 0, original: '-' } });
    expect(strayLeadingMarkFix(tokeniseLine('Kassör _Trulsa Hemberg'), 1)).toMatchObject({ corrected: '', span: { start: 7, original: '_' } });
    expect(strayLeadingMarkFix(tokeniseLine('Sekreterare .Trulsa Hemberg'), 1)?.span?.original).toBe('.');
  });
  it('stays where Swedish glues it: an elided first part after a conjunction, a file ending', () => {
    expect(strayLeadingMarkFix(tokeniseLine('vårterminens start och -slut'), 3)).toBeNull();
    expect(strayLeadingMarkFix(tokeniseLine('bifogas som .pdf'), 2)).toBeNull();
  });
  it('leaves the word behind it to be repaired as a word', () => {
    expect(repaired('_Arsmotet halls i salen')).toBe('Årsmötet hålls i salen');
  });
});
