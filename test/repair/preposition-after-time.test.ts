import { describe, expect, it } from 'vitest';
import { prepositionOneFix } from '../../src/repair/patterns.ts';
import { repairText } from '../../src/repair/index.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);
const fixAt = (line: string, k: number) => prepositionOneFix(tokeniseLine(line), k, lexicon)?.corrected ?? null;

describe('a "1" the OCR wrote for the preposition i', () => {
  it('reads a lone 1 after the meeting time and before its place as the preposition i', () => {
    expect(fixAt('Tid: kl. 18.30 1 bygdegardens lillsal', 3)).toBe('i');
    expect(fixAt('onsdag kl 09:15, 1 rum Ekorren', 3)).toBe('i');
    expect(repaired('Tid: kl. 18.30 1 bygdegardens lillsal')).toContain('18.30 i bygdegårdens');
  });
  it('reads a lone 1 after a time and before a town the lexicon names as i', () => {
    expect(fixAt('kl. 13.00 1 Uppsala stadshus', 2)).toBe('i');
  });
  it('keeps a 1 after a time that numbers an agenda item or counts a unit', () => {
    expect(fixAt('10.15 1 Inledning och presentation', 1)).toBeNull();
    expect(fixAt('kl. 13.00 1 timme paus', 2)).toBeNull();
  });
  it("keeps a bar opening a line: a table's rule before a title as often as the capital I", () => {
    expect(fixAt('| kommunjurist Hedda Sol', 0)).toBeNull();
  });
});
