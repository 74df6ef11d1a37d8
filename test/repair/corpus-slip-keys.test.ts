import { describe, expect, it } from 'vitest';
import { buildConfusionTable } from '../../src/repair/confusion-table.ts';
import { mayBeCorpusSlip } from '../../src/repair/corpus-slip-keys.ts';

const table = buildConfusionTable(
  [
    { ocr: 'i', truth: 'ä', count: 10, seen: 100 },
    { ocr: 'a', truth: 'ä', count: 30, seen: 100 },
    { ocr: 'ii', truth: 'ö', count: 5, seen: 50 },
  ],
  [],
);
const entry = { partners: 1, listed: true };
// Invented corpus words with å/ä/ö.
const corpus = { words: new Map(['snälv', 'glömt', 'brand'].map((w) => [w, entry])), pairs: new Set<string>() };
const slip = (token: string) => mayBeCorpusSlip(table, corpus, token, token.toLowerCase());

describe('the spellings one table slip leaves of a corpus word with å, ä or ö', () => {
  it('hold a token the slip that wrote the å, ä or ö explains, in either case', () => {
    expect(slip('snilv')).toBe(true);
    expect(slip('Snilv')).toBe(true);
    expect(slip('gliimt')).toBe(true);
  });
  it('leave out a token only a lost diacritic explains: that rival is searched elsewhere', () => {
    expect(slip('snalv')).toBe(false);
  });
  it('leave out tokens no slip of the table turns into a corpus word', () => {
    expect(slip('snulv')).toBe(false);
    expect(slip('snilvs')).toBe(false);
    expect(slip('brand')).toBe(false);
  });
});
