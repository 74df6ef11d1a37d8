import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const clean = 'När vi gick över bron såg vi många båtar och fåglar på sjön. Mötet öppnades och förslaget godkändes.\n';
const repaired = (line: string): string => repairText(`${clean}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a diacritic the Swedish model added to a very common short word', () => {
  it('is taken off where the listed word it makes is rare (öm -> om, ätt -> att)', () => {
    expect(repaired('Vi talade öm grusvägen i Tallby.')).toBe('Vi talade om grusvägen i Tallby.');
    expect(repaired('Nämnden beslutar ätt bifalla förslaget.')).toBe('Nämnden beslutar att bifalla förslaget.');
  });
  it('stays where the word it makes is common too', () => {
    expect(repaired('Vi gick på bron.')).toBe('Vi gick på bron.');
  });
});
