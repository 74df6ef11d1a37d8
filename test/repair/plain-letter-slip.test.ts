import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { plainSlipReadings } from '../../src/repair/plain-slip-readings.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;
const cleanLine = (line: string): string => repairText(`Mötet öppnades och närvarande hälsades välkomna. Förslaget om förändring godkändes.\n${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('one slip between two plain letters, learned from the training pages', () => {
  it('learns its slips from the training pages: the lexicon holds some, none of them an å/ä/ö', () => {
    expect(lexicon.plainSlips?.length).toBeGreaterThan(0);
    for (const e of lexicon.plainSlips ?? []) expect(e.truth).toMatch(/^[a-z]$/);
  });
  it("reads 'fiallvarlden' as 'fjällvärlden' on a damaged page: an i for a j, beside the table's lost å/ä/ö, in a long word nothing else explains", () => {
    expect(repairedLine('Vi talade om fiallvarlden i norr.')).toBe('Vi talade om fjällvärlden i norr.');
  });
  it("reads 'avgifterma' as 'avgifterna': an m for an n", () => {
    expect(repairedLine('Hon betalade avgifterma i tid.')).toContain(' avgifterna ');
  });
  it('leaves a short token alone: six letters meet some word by one slip too easily', () => {
    expect(plainSlipReadings('halmar', lexicon)).toEqual([]);
  });
  it('tries no capitalised token: a name may hold any letters', () => {
    expect(plainSlipReadings('Arbetsmiliön', lexicon)).toEqual([]);
  });
  it('leaves a token a list accepts as written alone, though one slip would give another word', () => {
    expect(repairedLine('Vi talade om mitten av veckan.')).toBe('Vi talade om mitten av veckan.');
  });
  it('leaves the token as written on a clean page: a slip beyond the table needs a page damaged throughout', () => {
    expect(cleanLine('Vi talade om avgifterma i kommunen.')).toContain(' avgifterma ');
  });
});
