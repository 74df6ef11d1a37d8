import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('two periods after a word', () => {
  it("reads 'fritidsgardarna..' as one period: two close nothing in Swedish, so the second is a speck", () => {
    expect(repairedLine('Besöket gällde fritidsgardarna.. Nästa punkt')).toBe('Besöket gällde fritidsgårdarna. Nästa punkt');
  });
  it('keeps an ellipsis of three periods and a dotted line the OCR broke with letters', () => {
    expect(repairedLine('Vi får se... Sekreterare ..........ooo..')).toBe('Vi får se... Sekreterare ..........ooo..');
  });
});
