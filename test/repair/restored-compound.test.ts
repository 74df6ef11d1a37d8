import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/repair/candidate.ts';
import { repairText } from '../../src/repair/index.ts';
import { isRestoredCompound } from '../../src/repair/restored-compound.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const reading = (text: string, evidence: Candidate['evidence'], edits: Candidate['edits']): Candidate => ({ text, lower: text.toLowerCase(), score: 0, evidence, edits });

describe('a small-letter token read as a compound by restoring å/ä/ö alone', () => {
  const token = reading('skogsvardsplanen', 'unknown', []);
  const best = reading('skogsvårdsplanen', 'compound', [{ from: 'a', to: 'å' }]);
  const twin = reading('skogsvärdsplanen', 'compound', [{ from: 'a', to: 'ä' }]);
  it('is one class of decision when only compounds compete on a damaged page', () => {
    expect(isRestoredCompound('skogsvardsplanen', best, token, [best, twin, token], 'damaged')).toBe(true);
  });
  it('is not where a listed word competes, the token is capitalised, a slip is no å/ä/ö, or the page is clean', () => {
    const listed = reading('skogsvardsplanet', 'lexicon', [{ from: 'n', to: 't' }]);
    expect(isRestoredCompound('skogsvardsplanen', best, token, [best, listed, token], 'damaged')).toBe(false);
    expect(isRestoredCompound('Skogsvardsplanen', best, token, [best, token], 'damaged')).toBe(false);
    const dropped = reading('skogsvårdplanen', 'compound', [{ from: 'ds', to: 'd' }]);
    expect(isRestoredCompound('skogsvardsplanen', dropped, token, [dropped, token], 'damaged')).toBe(false);
    expect(isRestoredCompound('skogsvardsplanen', best, token, [best, token], 'clean')).toBe(false);
  });
  it('is written in at the default threshold (friluftsgardsvarden → friluftsgårdsvården)', () => {
    const { text } = repairText(`${damaged}Vi tittade på friluftsgardsvarden i Brunnsvik.`, lexicon, { threshold: 0.8 });
    expect(text).toContain('friluftsgårdsvården');
  });
});
