import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a word whose inner å, ä or ö the OCR dropped', () => {
  it('gets the letter back when that gives a common word', () => {
    expect(repairedLine('Brevet kom frn kommunen.')).toBe('Brevet kom från kommunen.');
  });
  it('gets the letter back in a long word that gives a listed one', () => {
    expect(repairedLine('Enligt bestmmelserna ska det ske.')).toContain('bestämmelserna');
  });
  it('stays as written when only a rare short word would take the letter', () => {
    expect(repairedLine('Vi ser en brn i taket.')).toContain(' brn ');
  });
});

describe('a token the confusion table leaves unexplained', () => {
  it('is read through a stray letter even where the table search keeps a reading no list accepts', () => {
    expect(repairedLine('Ordforanden halsade alla vValkomna till kvallens mote.')).toBe('Ordföranden hälsade alla välkomna till kvällens möte.');
  });
});
