import { describe, expect, it } from 'vitest';
import { analyseCompound } from '../../src/repair/compound.ts';
import { repairText } from '../../src/repair/index.ts';
import { learnedCompoundStarts } from '../../src/repair/learned-compound-starts.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('compound starts learned from the compounds the lexicon lists', () => {
  it('accepts an unlisted compound opening with a word hunspell never flags as a start but lists hundreds of compounds with (nöd-)', () => {
    expect(analyseCompound('nödbudgeten', lexicon)?.parts).toEqual(['nöd', 'budgeten']);
  });
  it('reads such a compound back when the OCR lost its ö', () => {
    expect(repairedLine('Styrelsen antog nodbudgeten for Lillby.')).toBe('Styrelsen antog nödbudgeten för Lillby.');
  });
  it('lets a learned start open a compound only as its first part', () => {
    expect(analyseCompound('budgetplanen', lexicon)?.parts).toEqual(['budget', 'planen']);
    expect(analyseCompound('budgetnödplanen', lexicon)).toBeNull();
  });
  it('never learns the plain spelling of a more productive start (nod beside nöd)', () => {
    expect(learnedCompoundStarts().has('nöd')).toBe(true);
    expect(learnedCompoundStarts().has('nod')).toBe(false);
    expect(analyseCompound('nodbudgeten', lexicon)).toBeNull();
  });
});
