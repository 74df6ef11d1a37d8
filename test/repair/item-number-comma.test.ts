import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe("an agenda item's number whose full stop the OCR read as a comma", () => {
  it('reads "7," before a capitalised title under the previous item as "7."', () => {
    expect(repaired('6. Budgetuppfoljning mars\n7, Rapport fran skolradet')).toBe('6. Budgetuppföljning mars\n7. Rapport från skolrådet');
  });
  it('reads it so after a blank line too', () => {
    expect(repaired('\n11, Ovriga fragor')).toBe('\n11. Övriga frågor');
  });
  it('leaves a number closed by a comma that ends an address wrapped from running text', () => {
    expect(repaired('Motet holls i foreningens lokal pa Kvarngatan\n9, Bollnas')).toContain('\n9, Bollnäs');
  });
  it('leaves a list of numbers and a number before a small word', () => {
    expect(repaired('\n3, 4 och 5 bordlaggs')).toContain('3, 4 och 5');
    expect(repaired('\n2, och sedan')).toContain('2, och');
  });
});
