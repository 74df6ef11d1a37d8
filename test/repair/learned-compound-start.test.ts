import { describe, expect, it } from 'vitest';
import { analyseCompound } from '../../src/repair/compound.ts';
import { repairText } from '../../src/repair/index.ts';
import { learnedCompoundStarts } from '../../src/repair/learned-compound-starts.ts';
import { wordCandidates } from '../../src/repair/word-candidates.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('compound starts learned from the compounds the lexicon lists', () => {
  it('lets a word hunspell never flags as a start, but lists hundreds of compounds with (nöd-), open a proposed reading', () => {
    expect(analyseCompound('nödbudgeten', lexicon, { learnedStarts: true })).toMatchObject({ parts: ['nöd', 'budgeten'], learnedStart: true });
  });
  it('never vouches for a token as printed: only a reading that changes letters may rest on a learned start', () => {
    expect(analyseCompound('nödbudgeten', lexicon)).toBeNull();
  });
  it('reads such a compound back when the OCR lost its ö', () => {
    expect(repairedLine('Styrelsen antog nodbudgeten for Lillby.')).toBe('Styrelsen antog nödbudgeten för Lillby.');
  });
  it('lets a learned start open a compound only as its first part', () => {
    expect(analyseCompound('budgetplanen', lexicon, { learnedStarts: true })?.parts).toEqual(['budget', 'planen']);
    expect(analyseCompound('budgetnödplanen', lexicon, { learnedStarts: true })).toBeNull();
  });
  it('never learns the plain spelling of a more productive start (nod beside nöd)', () => {
    expect(learnedCompoundStarts().has('nöd')).toBe(true);
    expect(learnedCompoundStarts().has('nod')).toBe(false);
    expect(analyseCompound('nodbudgeten', lexicon, { learnedStarts: true })).toBeNull();
  });
  it('keeps a reading resting on a learned start from stopping the search for rarer slips (a label two plain slips off)', () => {
    const readings = wordCandidates('Sammanbradesprotokoll', lexicon, false);
    expect(readings.some((c) => c.learnedStart)).toBe(true);
    expect(repairedLine('Sammanbradesprotokoll nr 4')).toBe('Sammanträdesprotokoll nr 4');
  });
});
