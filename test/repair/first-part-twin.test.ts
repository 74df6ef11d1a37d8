import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('compound readings that differ only in the å/ä/ö of a first part', () => {
  it("reads 'hostlovsveckan' as 'höstlovsveckan': the autumn break is a far commoner first part than autumn leaves", () => {
    expect(repairedLine('Biblioteket har extra öppet under hostlovsveckan.')).toBe('Biblioteket har extra öppet under höstlovsveckan.');
  });
  it("weighs a capitalised name by its elements, not as common words: 'Backmalin' in a name pair still reads 'Bäckmalin'", () => {
    expect(repairedLine('Närvarande: Ida Backmalin, sekreterare')).toContain('Ida Bäckmalin,');
  });
});
