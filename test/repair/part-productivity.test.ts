import { describe, expect, it } from 'vitest';
import { partProductivityLift } from '../../src/repair/part-productivity.ts';
import type { Lexicon } from '../../src/repair/lexicon.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const shipped = await loadTestLexicon();
const entry = { partners: 1, listed: true };
// A corpus word list where "mässa" stands in three words and "massa" in one.
const lexicon: Lexicon = {
  ...shipped,
  corpus: { words: new Map(['bokmässa', 'mässan', 'vårmässa', 'massaved', 'tjänsten'].map((w) => [w, entry])), pairs: new Set() },
};

describe('the productivity of a compound part with å, ä or ö', () => {
  it('lifts a part the corpus holds in more words than its plain spelling', () => {
    expect(partProductivityLift(lexicon, ['vinter', 'mässa'])).toBeGreaterThan(0);
  });
  it('lowers a part the corpus holds in fewer words than its plain spelling', () => {
    const plainFavoured: Lexicon = { ...lexicon, corpus: { words: new Map(['massaved', 'massan', 'massor', 'mässan'].map((w) => [w, entry])), pairs: new Set() } };
    expect(partProductivityLift(plainFavoured, ['vinter', 'mässa'])).toBeLessThan(0);
  });
  it('lowers a plain part whose diacritic twin the corpus holds in more words', () => {
    expect(partProductivityLift(lexicon, ['vinter', 'massa'])).toBeLessThan(0);
  });
  it('leaves a plain part alone when its diacritic twin is the rarer one', () => {
    const plainFavoured: Lexicon = { ...lexicon, corpus: { words: new Map(['massaved', 'massan', 'massor', 'mässan'].map((w) => [w, entry])), pairs: new Set() } };
    expect(partProductivityLift(plainFavoured, ['vinter', 'massa'])).toBe(0);
  });
  it('says nothing of a part whose plain spelling is no word', () => {
    expect(partProductivityLift(lexicon, ['stads', 'tjänst'])).toBe(0);
  });
  it('weighs a part against its twin with other diacritics, not only against its plain spelling', () => {
    const streets: Lexicon = { ...lexicon, corpus: { words: new Map(['skolvägen', 'kyrkvägen', 'vägen', 'hetvågen'].map((w) => [w, entry])), pairs: new Set() } };
    expect(partProductivityLift(streets, ['grusby', 'vägen'])).toBeGreaterThan(0);
    expect(partProductivityLift(streets, ['grusby', 'vågen'])).toBeLessThan(0);
  });
  it('counts a word that holds the part twice as one word', () => {
    const doubled: Lexicon = { ...lexicon, corpus: { words: new Map(['mässamässan', 'massaved', 'massan'].map((w) => [w, entry])), pairs: new Set() } };
    expect(partProductivityLift(doubled, ['vinter', 'mässa'])).toBeLessThan(0);
  });
});
