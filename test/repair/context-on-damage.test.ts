import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/repair/candidate.ts';
import { isContextOnDamage } from '../../src/repair/context-on-damage.ts';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const reading = (text: string, evidence: Candidate['evidence'], edits: Candidate['edits']): Candidate => ({ text, lower: text.toLowerCase(), score: 0, evidence, edits });

describe('the context choosing among readings of a damaged small-letter token', () => {
  const best = reading('går', 'lexicon', [{ from: 'é', to: 'å' }]);
  it('is one class of decision when nothing accepts the token on a damaged page', () => {
    expect(isContextOnDamage('gér', best, reading('gér', 'unknown', []), true, 'damaged')).toBe(true);
  });
  it('is not where the token is a word as written, the prior alone chose, or the page is clean', () => {
    const valid = reading('har', 'lexicon', []);
    expect(isContextOnDamage('har', reading('här', 'lexicon', [{ from: 'a', to: 'ä' }]), valid, true, 'damaged')).toBe(false);
    expect(isContextOnDamage('gér', best, reading('gér', 'unknown', []), false, 'damaged')).toBe(false);
    expect(isContextOnDamage('gér', best, reading('gér', 'unknown', []), true, 'clean')).toBe(false);
  });
  it('writes in the reading the context chose at the default threshold (Arbetet gér vidare → går)', () => {
    const { text } = repairText(`${damaged}Arbetet med Brunnsviks bryggor gér vidare.`, lexicon, { threshold: 0.8 });
    expect(text).toContain(' går vidare');
  });
});
