import { describe, expect, it } from 'vitest';
import { analyseCompound } from '../../src/repair/compound.ts';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('the linking -s after a first part that is itself a compound', () => {
  it("weighs 'bläckfisk+straff' below 'bläckfisks+träff': a compound first part takes the s", () => {
    expect(analyseCompound('bläckfiskstraff', lexicon)!.cost).toBeGreaterThan(analyseCompound('bläckfisksträff', lexicon)!.cost);
  });
  it('asks no s of a first part ending in a vowel', () => {
    expect(analyseCompound('arbetsmiljöstraff', lexicon)!.cost).toBe(0);
  });
  it("reads 'blackfiskstraff' as 'bläckfisksträff' with the confidence to write it in", () => {
    expect(repairedLine('Vi ordnar en blackfiskstraff i maj.')).toBe('Vi ordnar en bläckfisksträff i maj.');
  });
});
