import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { lostOpeningCapital, opensNumberedItem } from '../../src/repair/opening-capital.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);
const opens = (line: string, k: number): boolean => opensNumberedItem(tokeniseLine(line), k);

describe("a numbered item's first word whose capital has the small letter's shape", () => {
  it('gets back the capital after an item number closed by a stop or a bracket', () => {
    expect(repaired('3. val av rostraknare')).toBe('3. Val av rösträknare');
    expect(repaired('2) skrivelse fran Ekby byalag')).toContain('2) Skrivelse från');
  });
  it('gets it back after a paragraph number, the sign glued or apart', () => {
    expect(repaired('§ 41 val av sekreterare')).toContain('§ 41 Val av');
    expect(opens('§7 val av ordforande', 1)).toBe(true);
  });
  it('writes the capital on the repaired word', () => {
    expect(repaired('4. ovriga fragor')).toContain('4. Övriga frågor');
  });
  it('leaves a word after a bare number: a month, a unit or an amount', () => {
    expect(opens('2 sidor bifogas', 1)).toBe(false);
    expect(opens('500 och 200 kronor', 1)).toBe(false);
    expect(repaired('1. oktober ar sista dag')).toContain('1. oktober');
  });
  it('leaves a word after a number inside the line, or one glued to the number', () => {
    expect(opens('enligt punkt 3. val av', 3)).toBe(false);
    expect(opens('1.val av', 0)).toBe(false);
  });
  it('leaves a conjunction that joins the number to the next', () => {
    expect(repaired('§ 22 och § 23 justerades')).toContain('§ 22 och § 23');
    expect(lostOpeningCapital('samt')).toBeNull();
  });
  it('leaves initials whose capital and small letter differ in shape', () => {
    expect(lostOpeningCapital('beslut')).toBeNull();
    expect(lostOpeningCapital('val')).toBe('Val');
    expect(lostOpeningCapital('Val')).toBeNull();
  });
});
