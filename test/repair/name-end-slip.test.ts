import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/repair/candidate.ts';
import { tradesIntoNameEnd } from '../../src/repair/name-end-slip.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const candidate = (text: string, evidence: Candidate['evidence'], edits: Candidate['edits']): Candidate => ({ text, lower: text.toLowerCase(), score: 0, evidence, edits });

describe('a surname whose end element the OCR drew with another plain letter', () => {
  it('reads "-gvist" as the name element "-qvist", a lost ö in the first part too', () => {
    expect(tradesIntoNameEnd(lexicon, candidate('Trulsqvist', 'lexicon', [{ from: 'g', to: 'q' }]), candidate('Trulsgvist', 'unknown', []))).toBe(true);
    expect(tradesIntoNameEnd(lexicon, candidate('Kröqvist', 'lexicon', [{ from: 'o', to: 'ö' }, { from: 'g', to: 'q' }]), candidate('Krogvist', 'unknown', []))).toBe(true);
  });
  it('leaves a trade outside the end element, or of a token some list accepts, to the name-pair doubt', () => {
    expect(tradesIntoNameEnd(lexicon, candidate('Trulsqvist', 'lexicon', [{ from: 'g', to: 'q' }]), candidate('Trulsgvist', 'lexicon', []))).toBe(false);
    expect(tradesIntoNameEnd(lexicon, candidate('Bluqvist', 'lexicon', [{ from: 'p', to: 'q' }]), candidate('Blpqvist', 'unknown', []))).toBe(false);
    expect(tradesIntoNameEnd(lexicon, candidate('Åbos', 'lexicon', [{ from: 'A', to: 'Å' }, { from: 'h', to: 'b' }]), candidate('Ahos', 'unknown', []))).toBe(false);
  });
});
