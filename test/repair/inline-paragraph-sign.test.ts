import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
// The Swedish model reads § as 8; the first heading tells that the text numbers its items with §.
const protocol = (line: string): string => repairText(`§ 1 Mötets öppnande\n${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('an 8 for § inside a line of a § protocol', () => {
  it("reads 'kanslichef, 8 7' as '§ 7': a person present for one paragraph, after the role's comma", () => {
    expect(protocol('Tilda Ros, kanslichef, 8 7')).toBe('Tilda Ros, kanslichef, § 7');
  });
  it("reads 'justerare. 8 9 Lekplatsen' as '§ 9': a heading the OCR ran into the sentence before", () => {
    expect(protocol('Till justerare valdes Tilda Ros. 8 9 Lekplatsen i Tallbo')).toBe('Till justerare valdes Tilda Ros. § 9 Lekplatsen i Tallbo');
  });
  it('leaves an 8 that counts or dates: before a unit or another number, or after a word that takes a plain number', () => {
    expect(protocol('Mötet den 8 12 kostade 8 500 kr, av dem 8 3 timmar.')).toBe('Mötet den 8 12 kostade 8 500 kr, av dem 8 3 timmar.');
  });
});
