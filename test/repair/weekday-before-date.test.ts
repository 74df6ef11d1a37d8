import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { weekdayBeforeDateFix } from '../../src/repair/weekday-before-date.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);
const fixAt = (line: string, k: number) => weekdayBeforeDateFix(tokeniseLine(line), k);

describe('a weekday abbreviation that lost its å/ä/ö before a day and month', () => {
  it('reads "man" before a date in figures as "mån"', () => {
    expect(repaired('Nasta mote: man 14/9 kl. 10 i Ekbyskolan')).toContain('mån 14/9');
  });
  it('reads "lor" and "son" before a date as "lör" and "sön", a year after the date allowed', () => {
    expect(fixAt('Arbetsdag lor 5/6-27 vid bryggan', 1)?.corrected).toBe('lör');
    expect(fixAt('Loppis son 12.8 pa torget', 1)?.corrected).toBe('sön');
  });
  it('keeps the capital of a weekday opening its line', () => {
    expect(fixAt('Man 21/3 planeringsdag', 0)?.corrected).toBe('Mån');
  });
  it('leaves the pronoun "man" before a number that is no date', () => {
    expect(fixAt('om man 3 ganger fragar', 1)).toBeNull();
    expect(repaired('Kan man 2 timmar innan meddela detta?')).toContain('Kan man 2 timmar');
  });
  it('leaves a word closed by punctuation before the date', () => {
    expect(fixAt('som sagt man, 4/5 ar klart', 2)).toBeNull();
  });
});
