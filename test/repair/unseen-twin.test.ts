import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();


describe('a listed word the corpus never saw, beside a diacritic twin it saw', () => {
  it('yields to the twin with a clear majority on a damaged page (dragplaster -> dragplåster)', () => {
    const { corrections } = repairText(`${damaged}Grusbys nya dragplaster delades ut.`, lexicon, { threshold: 0 });
    const fix = corrections.find((c) => c.original === 'dragplaster');
    expect(fix?.corrected).toBe('dragplåster');
    expect(fix!.confidence).toBeGreaterThan(0.7);
  });
  it('stays as written on a clean page', () => {
    const clean = 'När vi gick över bron såg vi många båtar och fåglar på sjön. Mötet öppnades och förslaget godkändes.\n';
    expect(repairText(`${clean}Grusbys nya dragplaster delades ut.`, lexicon, { threshold: 0.8 }).text).toContain('dragplaster');
  });
  it('is written in when the twin is as plain a word form as the token ("gravning" -> "grävning")', () => {
    const { text } = repairText(`${damaged}Ekbyns fiber kraver gravning utmed vagen.`, lexicon, { threshold: 0.8 });
    expect(text).toContain('kräver grävning');
  });
});
