import { describe, expect, it } from 'vitest';
import { nameSplit } from '../../src/repair/lexicon.ts';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

describe('weekday abbreviations', () => {
  it("keeps 'ti', the two-letter Tuesday of Finland-Swedish minutes ('ti 3.3.2026'), as written: no slip for 'tå'", () => {
    const text = 'Ledningsgruppen för skolan\nTid: ti 3.3.2026 kl. 9–11\nPlats: Rådhuset\nFöljande möte hålls ti 17.3.2026 kl. 9.';
    expect(repairText(text, lexicon, { threshold: 0.8 }).text).toBe(text);
  });
  it("never lets an abbreviation start a name of elements ('Onsberg' is no ons+berg)", () => {
    expect(nameSplit(lexicon, 'onsberg')).toBeNull();
    expect(nameSplit(lexicon, 'tisholm')).toBeNull();
  });
  it("keeps a two-letter weekday before a date as written ('on 6.5.26' is no 'ön', 'to 7.5' no 'tö')", () => {
    const text = 'Nästa möte hålls on 6.5.26 kl. 13 och to 7.5 kl. 9.';
    expect(repairText(text, lexicon, { threshold: 0.8 }).text).toBe(text);
  });
  it("only suggests 'tö' for the English 'to' of bilingual minutes: a thaw is all but unknown in minutes", () => {
    const text = 'The board agreed to move the meeting.';
    expect(repairText(text, lexicon, { threshold: 0.8 }).text).toBe(text);
  });
});
