import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';
import { klockanFix, splitQuoteFixes } from '../../src/repair/patterns.ts';
import { splitWordParts, tokeniseLine } from '../../src/repair/tokenise.ts';

const lexicon = await loadTestLexicon();
const fix = (text: string): string => repairText(text, lexicon, { threshold: 0.8 }).text;

describe('words hyphenated over a line break', () => {
  it('repairs both halves from the joined word', () => {
    expect(fix('Vi gick till for-\nsamlingen igen')).toBe('Vi gick till för-\nsamlingen igen');
  });
  it('keeps a joined word that is already right', () => {
    expect(fix('Detta är skriv-\nbordet')).toBe('Detta är skriv-\nbordet');
  });
  it('does not join a list like "barn- och"', () => {
    expect(fix('för barn-\noch ungdomar')).toBe('för barn-\noch ungdomar');
  });
});

describe('numbering glued to a heading', () => {
  it('splits "7.0vrigt" into the number and the word', () => {
    expect(splitWordParts('7.0vrigt')).toEqual([{ part: '0vrigt', offset: 2 }]);
  });
  it('writes the Ö a zero stood for as a capital', () => expect(fix('7.0vrigt')).toBe('7.Övrigt'));
});

describe('kl before a time', () => {
  it('reads "ki" before a time as kl', () => expect(klockanFix(tokeniseLine('ki 14.30'), 0)?.corrected).toBe('kl'));
  it('leaves "ki" elsewhere alone', () => expect(klockanFix(tokeniseLine('ki och qi'), 0)).toBeNull());
});

describe('quote marks split in two', () => {
  it('reads ",," as „', () => expect(splitQuoteFixes(tokeniseLine(',,Gröna')[0]!)[0]?.corrected).toBe('„'));
  it("reads '' as ”", () => expect(fix("sade ''nej'' igen")).toBe('sade ”nej” igen'));
});

describe('listed hyphenated words', () => {
  it('leaves the parts of a listed hyphenated word alone inside a longer compound', async () => {
    const { loadLexicon, repairText } = await import('../../src/repair/index.ts');
    const lexicon = await loadLexicon({ dictionaries: [] });
    const page = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.\nVi ordnar drop-in-kvallar for alla.';
    const { text } = repairText(page, lexicon, { threshold: 0.5 });
    expect(text).toContain('drop-in-kvällar');
  });
});
