import { describe, expect, it } from 'vitest';
import { diacriticSpellings, documentSpelling } from '../../src/repair/document-spelling.ts';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const spellings = diacriticSpellings(['Närvarande:', 'Skröllberg', 'Tälvik', 'och', 'Brännvik', 'SKÄRVIK']);

describe('an unknown capitalised word the document also writes with å/ä/ö', () => {
  it('takes the spelling whose ö the OCR read as another letter', () => {
    expect(documentSpelling('Skrallberg', spellings)).toBe('Skröllberg');
  });
  it('takes the spelling whose ö the OCR split into two letters', () => {
    expect(documentSpelling('Skrdollberg', spellings)).toBe('Skröllberg');
  });
  it('keeps its genitive s', () => {
    expect(documentSpelling('Talviks', spellings)).toBe('Tälviks');
  });
  it('takes one further slip away from the diacritic', () => {
    expect(documentSpelling('Skrallbcrg', spellings)).toBe('Skröllberg');
  });
  it('stays as it is with a split letter and a further slip', () => {
    expect(documentSpelling('Skrdollbcrg', spellings)).toBeNull();
  });
  it('stays as it is when its last letter differs, as an inflection would', () => {
    expect(documentSpelling('Skrallberga', spellings)).toBeNull();
  });
  it('stays as it is when two spellings fit equally', () => {
    expect(documentSpelling('Brannvik', diacriticSpellings(['Brännvik', 'Brånnvik']))).toBeNull();
  });
  it('ignores words in capitals and short words', () => {
    expect(documentSpelling('Skarvik', spellings)).toBeNull();
    expect(documentSpelling('Talv', diacriticSpellings(['Tälv']))).toBeNull();
  });
  it('is repaired in running text to the spelling printed on another line', () => {
    const text = 'Närvarande: Skröllberg, ordförande\n\nSkrdllberg öppnade mötet.';
    expect(repairText(text, lexicon, { threshold: 0.8 }).text).toContain('Skröllberg öppnade');
  });
});
