import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { wordCandidates } from '../../src/repair/word-candidates.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('an ö the English model read as a', () => {
  it('is restored where that gives a common word', () => {
    expect(repairedLine('Nasta mate halls i den sadra salen.')).toBe('Nästa möte hålls i den södra salen.');
  });
  it('is never a reading that gives only a rare word', () => {
    expect(wordCandidates('vardar', lexicon, false).map((c) => c.lower)).not.toContain('vördar');
  });
});
