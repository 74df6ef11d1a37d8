import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/repair/candidate.ts';
import type { Lexicon } from '../../src/repair/lexicon.ts';
import { isListedSurnameTwin } from '../../src/repair/surname-twin.ts';

// Just what the rule reads, with invented names: one spelling never met in running text, one met as a common word.
const lexicon = {
  nameEnds: new Set(['man', 'gren']),
  frequency: new Map([['tallgren', 40]]),
  corpus: {
    words: new Map([
      ['pallman', { partners: 0, listed: true }],
      ['tallgren', { partners: 9, listed: true }],
      ['valda', { partners: 0, listed: true }],
    ]),
    pairs: new Set<string>(),
  },
} as unknown as Lexicon;
const listed = (text: string): Candidate => ({ text, lower: text.toLowerCase(), score: 0, evidence: 'lexicon', edits: [] });
const name = (text: string, from: string, to: string): Candidate => ({ text, lower: text.toLowerCase(), score: 0, evidence: 'domain', edits: [{ from, to }] });

describe('a listed surname beside a listed name that only puts back å, ä or ö', () => {
  it('is a twin when no corpus meets the spelling as written as a common word', () => {
    expect(isListedSurnameTwin(lexicon, name('Pällman', 'a', 'ä'), listed('Pallman'))).toBe(true);
  });
  it('is no twin when the corpus uses the spelling as a common word', () => {
    expect(isListedSurnameTwin(lexicon, name('Tällgren', 'a', 'ä'), listed('Tallgren'))).toBe(false);
  });
  it('is no twin when the word is not built as a surname (a first name)', () => {
    expect(isListedSurnameTwin(lexicon, name('Välda', 'a', 'ä'), listed('Valda'))).toBe(false);
  });
  it('is no twin when the reading trades more than a lost diacritic', () => {
    expect(isListedSurnameTwin(lexicon, name('Pöllman', 'a', 'ö'), listed('Pallman'))).toBe(false);
  });
});
