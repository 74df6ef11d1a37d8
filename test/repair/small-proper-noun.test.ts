import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a small-letter token the lexicon lists only as a proper noun', () => {
  it('is no listed word, so a common word one slip away replaces it (lings, of the name Ling -> längs)', () => {
    expect(repairedLine('Stigen dras lings Lillbyviken.')).toContain('längs');
  });
  it('stays a name where it is written with its capital', () => {
    expect(repairedLine('Till justerare valdes Eva Lings.')).toContain('Eva Lings');
  });
});
