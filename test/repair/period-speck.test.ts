import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a speck read after the period closing a word', () => {
  it("reads 'fritidsgardarna..' as one period: two close nothing in Swedish, so the second is a speck", () => {
    expect(repairedLine('Besöket gällde fritidsgardarna.. Nästa punkt')).toBe('Besöket gällde fritidsgårdarna. Nästa punkt');
  });
  it("reads 'remissvaren.-' as 'remissvaren.': a hyphen after a word's closing period is a speck", () => {
    expect(repairedLine('Nämnden tog del av remissvaren.- Beslutet justerades.')).toBe('Nämnden tog del av remissvaren. Beslutet justerades.');
  });
  it("keeps an amount written the old way, '250.-'", () => {
    expect(repairedLine('Avgiften är 250.- per person.')).toBe('Avgiften är 250.- per person.');
  });
  it('keeps an ellipsis of three periods and a dotted line the OCR broke with letters', () => {
    expect(repairedLine('Vi får se... Sekreterare ..........ooo..')).toBe('Vi får se... Sekreterare ..........ooo..');
  });
});
