import { describe, expect, it } from 'vitest';
import { analyseCompound } from '../../src/repair/compound.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

describe('the split of a compound', () => {
  it('weighs a split found after another by its final cost, so a cheaper one with a longer first part wins', () => {
    // halv+årsbudgeten is found first and costs 1 (a four-letter part); halvårs+budgeten costs 0.
    expect(analyseCompound('halvårsbudgeten', lexicon)).toEqual({ parts: ['halvårs', 'budgeten'], cost: 0 });
    expect(analyseCompound('halvårsmötet', lexicon)?.parts).toEqual(['halvårs', 'mötet']);
  });
});
