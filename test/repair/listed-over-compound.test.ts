import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/repair/candidate.ts';
import { repairText } from '../../src/repair/index.ts';
import { shareOfBest } from '../../src/repair/listed-over-compound.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const reading = (text: string, evidence: Candidate['evidence'], edits: Candidate['edits'], extra: Partial<Candidate> = {}): Candidate => ({
  text,
  lower: text.toLowerCase(),
  score: 0,
  evidence,
  edits,
  ...extra,
});

describe('a listed word that only restores å/ä/ö, beside a compound split', () => {
  it('takes most of the split’s share, but none of a listed rival’s', () => {
    const token = reading('tirnvakten', 'compound', []);
    const listed = reading('törnvakten', 'lexicon', [{ from: 'i', to: 'ö' }]);
    const rival = reading('tärnvakten', 'lexicon', [{ from: 'i', to: 'ä' }]);
    const best = { c: listed, score: 0 };
    expect(shareOfBest([best, { c: token, score: 0 }], best, token)).toBeGreaterThan(0.9);
    expect(shareOfBest([best, { c: rival, score: 0 }], best, token)).toBeCloseTo(0.5);
  });
  it('leaves a name made of elements to the softmax: it is itself a kind of compound', () => {
    const token = reading('Tirnvik', 'compound', []);
    const name = reading('Törnvik', 'domain', [{ from: 'i', to: 'ö' }], { parts: ['törn', 'vik'] });
    const best = { c: name, score: 0 };
    expect(shareOfBest([best, { c: token, score: 0 }], best, token)).toBeCloseTo(0.5);
  });
  it('writes in the listed word where the token splits only as an odd compound (sill+skapet → sällskapet)', () => {
    const { text } = repairText(`${damaged}Hela sillskapet reste till Brunnsvik.`, lexicon, { threshold: 0.8 });
    expect(text).toContain('sällskapet');
  });
});
