import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/repair/candidate.ts';
import { repairText, type Lexicon } from '../../src/repair/index.ts';
import { FORM_FLAG } from '../../src/repair/lexicon-format.ts';
import { outranksUnrankedSpelling } from '../../src/repair/ranked-over-unranked.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

/** Just what the rule reads: flags of listed forms, the frequency list and the corpus's words. */
function listsWith(forms: Record<string, number>, frequency: Record<string, number>, corpusWords: string[] = []): Lexicon {
  return {
    forms: { get: (form: string) => forms[form] },
    frequency: new Map(Object.entries(frequency)),
    corpus: { words: new Map(corpusWords.map((w) => [w, { partners: 1, listed: true }])) },
  } as unknown as Lexicon;
}

const PLACE = FORM_FLAG.standalone | FORM_FLAG.properNoun;
const reading = (lower: string, edits: Candidate['edits']): Candidate => ({ text: lower, lower, score: 0, evidence: 'lexicon', edits });
const asWritten = (lower: string): Candidate => reading(lower, []);
const aToUmlaut = [{ from: 'a', to: 'ä' }];

describe('a ranked place name beside an unranked plain spelling of it', () => {
  it('outranks the plain spelling nobody writes (Norrmark beside a common Norrmärk)', () => {
    const lists = listsWith({ norrmark: PLACE, norrmärk: PLACE }, { norrmärk: 40 });
    expect(outranksUnrankedSpelling(lists, reading('norrmärk', aToUmlaut), asWritten('norrmark'))).toBe(true);
  });
  it('does not where the plain spelling is ranked too, being a name in use', () => {
    const lists = listsWith({ norrmark: PLACE, norrmärk: PLACE }, { norrmärk: 40, norrmark: 3 });
    expect(outranksUnrankedSpelling(lists, reading('norrmärk', aToUmlaut), asWritten('norrmark'))).toBe(false);
  });
  it('does not where the corpus met the plain spelling', () => {
    const lists = listsWith({ norrmark: PLACE, norrmärk: PLACE }, { norrmärk: 40 }, ['norrmark']);
    expect(outranksUnrankedSpelling(lists, reading('norrmärk', aToUmlaut), asWritten('norrmark'))).toBe(false);
  });
  it('does not for a common word, which a first name may spell', () => {
    const lists = listsWith({ vala: FORM_FLAG.standalone, våla: FORM_FLAG.standalone }, { våla: 90 });
    expect(outranksUnrankedSpelling(lists, reading('våla', [{ from: 'a', to: 'å' }]), asWritten('vala'))).toBe(false);
  });
  it('does not for a place the frequency list ranks below ten per million', () => {
    const lists = listsWith({ norrmark: PLACE, norrmärk: PLACE }, { norrmärk: 4 });
    expect(outranksUnrankedSpelling(lists, reading('norrmärk', aToUmlaut), asWritten('norrmark'))).toBe(false);
  });
  it('does not for a reading that trades a letter beside the restored one', () => {
    const lists = listsWith({ norrmark: PLACE, nordmärk: PLACE }, { nordmärk: 40 });
    expect(outranksUnrankedSpelling(lists, reading('nordmärk', [{ from: 'r', to: 'd' }, ...aToUmlaut]), asWritten('norrmark'))).toBe(false);
  });
});

describe('a place name standing where a person name pair would', () => {
  it('gets its å/ä/ö back after a capitalised word on a damaged page', () => {
    const { text } = repairText(`${damaged}Besok hos Stadsdelen Brynas Norra`, lexicon, { threshold: 0.8 });
    expect(text).toContain('Stadsdelen Brynäs Norra');
  });
  it('leaves a first name that spells a common verb as written', () => {
    const { text } = repairText(`${damaged}Lana Berg deltog.`, lexicon, { threshold: 0.8 });
    expect(text).toContain('Lana Berg');
  });
});
