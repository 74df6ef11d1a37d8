import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a surname whose å/ä/ö reading is a name element and whose spelling as written is none', () => {
  it('gets the element back, however common the word as written (Lov -> Löv)', () => {
    expect(repairedLine('Maja Lov (C) lamnade motet.')).toBe('Maja Löv (C) lämnade mötet.');
  });
  it('gets it back at the end of a line too (Mal -> Mål)', () => {
    expect(repairedLine('Sekreterare: Nils Mal')).toBe('Sekreterare: Nils Mål');
  });
  it('stays as written where the spelling is an element itself (-hall): only a suggestion', () => {
    expect(repairedLine('Justerare: Per Hall')).toBe('Justerare: Per Hall');
  });
});

describe('a name-pair token that merges letters into a reading the lexicon lists only as a name', () => {
  it('is repaired: a surname is no common word (Bjurstroém -> Bjurström)', () => {
    expect(repairedLine('Justerare: Nils Bjurstroém och Eva Fjellstrdém')).toBe('Justerare: Nils Bjurström och Eva Fjellström');
  });
});

describe('a name-pair reading that alone splits into a start and an end element', () => {
  const confidenceOf = (line: string, original: string): number | undefined =>
    repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).corrections.find((c) => c.original === original)?.confidence;
  it('is lifted over the spelling as written, which splits as a compound of words only (holm+back)', () => {
    expect(confidenceOf('Narvarande: Jon Orqvist, Eva Holmback, Siv Sandback', 'Holmback')).toBeGreaterThanOrEqual(0.95);
  });
});
