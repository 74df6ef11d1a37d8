import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/repair/candidate.ts';
import type { Lexicon } from '../../src/repair/lexicon.ts';
import { repairText } from '../../src/repair/index.ts';
import { isUnrankedTwin, rankedTwinFolds } from '../../src/repair/unranked-twin.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const reading = (text: string, to: string): Candidate => ({ text, lower: text, score: 0, evidence: 'lexicon', edits: [{ from: 'a', to }] });
const token: Candidate = { text: 'grusvagar', lower: 'grusvagar', score: 0, evidence: 'unknown', edits: [] };

describe('a reading the frequency list never ranks, beside a ranked reading of the same plain letters', () => {
  const fake = { frequency: new Map([['grusvägar', 3]]) } as unknown as Lexicon;
  const ranked = reading('grusvägar', 'ä');
  const unranked = reading('grusvågar', 'å');
  const folds = rankedTwinFolds(fake, [token, ranked, unranked], token);

  it('is marked as the rarer twin', () => {
    expect(isUnrankedTwin(fake, unranked, token, folds)).toBe(true);
  });
  it('leaves the ranked reading and the token as written alone', () => {
    expect(isUnrankedTwin(fake, ranked, token, folds)).toBe(false);
    expect(isUnrankedTwin(fake, token, token, folds)).toBe(false);
  });
  it('marks nothing where no twin is ranked', () => {
    const none = rankedTwinFolds({ frequency: new Map() } as unknown as Lexicon, [token, ranked, unranked], token);
    expect(isUnrankedTwin(fake, unranked, token, none)).toBe(false);
  });

  it('lets the ranked reading be written in on a damaged page ("skaligt" -> "skäligt", not the unranked "skåligt")', async () => {
    const lexicon = await loadTestLexicon();
    const text = repairText(`${DAMAGED_PAGE}Hyran ska vara skaligt satt.`, lexicon, { threshold: 0.8 }).text;
    expect(text).toContain('vara skäligt');
  });
});
