import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();


describe('compound readings ranked by their last part', () => {
  it('reads an unlisted compound with the commoner of two diacritic heads (läsningen, not låsningen)', () => {
    const { corrections } = repairText(`${damaged}Vi talade om vinterlovslasningen i byn.`, lexicon, { threshold: 0 });
    expect(corrections.find((c) => c.original === 'vinterlovslasningen')?.corrected).toBe('vinterlovsläsningen');
  });
});
