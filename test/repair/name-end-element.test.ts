import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { nameEndReadings } from '../../src/repair/name-end-reading.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe('a name whose first part no list holds, ending in a name element that lost its å, ä or ö', () => {
  it('reads the end element with its letters back and keeps the first part as written', () => {
    expect(nameEndReadings('Trulsvagen', lexicon).map((r) => [r.text, r.parts])).toContainEqual(['Trulsvägen', ['truls', 'vägen']]);
    expect(nameEndReadings('Brunkestroms', lexicon).map((r) => r.text)).toContain('Brunkeströms');
  });
  it('leaves short ends, small-letter words and names with too short a first part alone', () => {
    expect(nameEndReadings('Klonkas', lexicon)).toEqual([]);
    expect(nameEndReadings('trulsvagen', lexicon)).toEqual([]);
    expect(nameEndReadings('Bystrom', lexicon)).toEqual([]);
  });
  it('is written in on a damaged page', () => {
    expect(repaired('Kassor Eva Brunkestrom, Vrebo')).toContain('Eva Brunkeström,');
  });
});

describe('a name whose end element the English model drew with another glyph for its å, ä or ö', () => {
  it('reads an é or a d standing for the ö of the end element', () => {
    expect(nameEndReadings('Trulsstrém', lexicon).map((r) => r.text)).toContain('Trulsström');
    expect(nameEndReadings('Trulsstrdm', lexicon).map((r) => r.text)).toContain('Trulsström');
  });
  it("never reads a vowel the name may hold as its own for the letter ('-ingen' is no '-ängen'), nor an é in the first part", () => {
    expect(nameEndReadings('Trulsingen', lexicon).map((r) => r.text)).not.toContain('Trulsängen');
    expect(nameEndReadings('Trélsstrom', lexicon)).toEqual([]);
  });
  it('is written in on a damaged page', () => {
    expect(repaired('Kassor Eva Brunkestrém, Vrebo')).toContain('Eva Brunkeström,');
  });
});
