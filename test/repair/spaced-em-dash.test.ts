import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

describe('a spaced em dash', () => {
  it('becomes the en dash between two words (the Swedish tankstreck)', () => {
    expect(repairText('Anteckningar — Nätverket för grusvägar', lexicon, { threshold: 0.8 }).text).toBe('Anteckningar – Nätverket för grusvägar');
  });
  it('becomes the en dash between two times, with a stray hyphen after it', () => {
    expect(repairText('Tid: kl. 8.30 —- 10.15', lexicon, { threshold: 0.8 }).text).toBe('Tid: kl. 8.30 – 10.15');
  });
  it('becomes the en dash when it opens a list item or closes a line (Swedish sets list dashes as en dashes too)', () => {
    expect(repairText('— Plats: Blåbärsgården\nFörvaltningen —', lexicon, { threshold: 0.8 }).text).toBe('– Plats: Blåbärsgården\nFörvaltningen –');
  });
  it('stays as typed when it stands alone on its line (a rule)', () => {
    expect(repairText('Blåbärsgården\n—\nFörvaltningen', lexicon, { threshold: 0.8 }).text).toBe('Blåbärsgården\n—\nFörvaltningen');
  });
  it('is what a spaced hyphen between two words becomes too (the OCR writes no en dash)', () => {
    expect(repairText('Anteckningar - Nätverket för grusvägar', lexicon, { threshold: 0.8 }).text).toBe('Anteckningar – Nätverket för grusvägar');
  });
});
