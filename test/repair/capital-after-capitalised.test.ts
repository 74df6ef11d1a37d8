import { describe, expect, it } from 'vitest';
import { capitalisedBefore, isFiniteVerb } from '../../src/repair/capital-after-capitalised.ts';
import { repairText } from '../../src/repair/index.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);

describe('a capital the English model invented after a capitalised word', () => {
  it('is the small letter of a verb whose subject the name before it is', () => {
    expect(repaired('Ordforanden Vilgot Oppnade arsmotet.')).toContain('Vilgot öppnade');
    expect(repaired('Sekreteraren Ingmarie Onskar alla valkomna.')).toContain('Ingmarie önskar');
  });
  it("is the small letter of a noun after a definite noun's genitive", () => {
    expect(repaired('Simhallens Oppettider andras i juli.')).toContain('Simhallens öppettider');
  });
  it('stays a capital of a surname after a first name, even one ending in s', () => {
    expect(repaired('Kassor: Mats Oberg (S)')).toContain('Mats Öberg');
  });
  it('tells a genitive from a first name ending in s', () => {
    expect(capitalisedBefore(tokeniseLine('Styrelsens Arsmote'), 1)).toBe('genitive');
    expect(capitalisedBefore(tokeniseLine('Jonas Arvidsson'), 1)).toBe('word');
    expect(capitalisedBefore(tokeniseLine('Styrelsens, Arsmote'), 1)).toBeUndefined();
    expect(capitalisedBefore(tokeniseLine('mötet Arsmote'), 1)).toBeUndefined();
  });
  it('knows a finite verb by its infinitive', () => {
    expect(isFiniteVerb(lexicon, 'öppnade')).toBe(true);
    expect(isFiniteVerb(lexicon, 'önskar')).toBe(true);
    expect(isFiniteVerb(lexicon, 'ängar')).toBe(false);
    expect(isFiniteVerb(lexicon, 'öppettider')).toBe(false);
  });
});
