import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe("a weekday's abbreviation as the reading of a listed word", () => {
  it('is written in before its date', () => {
    expect(repaired('Motet halls son 3 mars i Vrebo')).toContain('sön 3 mars');
  });
  it('is only a suggestion where no date follows ("hennes son", "Blom & Son")', () => {
    expect(repaired('Hennes son har flyttat till Vrebo')).toContain('Hennes son har');
    expect(repaired('Snickarfirman Blom & Son. Efter')).toContain('& Son.');
  });
});

describe("a weekday's longer abbreviation ('torsd.', 'lörd.')", () => {
  it('is a word of its own, no slip for another, and is read back before its date', () => {
    expect(repaired('Nasta mote torsd. 14 mars och lord. 16 mars')).toBe('Nästa möte torsd. 14 mars och lörd. 16 mars');
  });
});
