import { describe, expect, it } from 'vitest';
import { keepsOcrLettersOf } from '../../src/repair/half-repaired.ts';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

describe('a compound that is a listed word half repaired', () => {
  it('keeps the OCR letter only where the listed word has å, ä or ö', () => {
    const ocr = [...'foreningsstimma'];
    expect(keepsOcrLettersOf('föreningsstimma', 'föreningsstämma', ocr)).toBe(true);
    // A different letter where the listed word has a plain one: another word, not a half repair.
    expect(keepsOcrLettersOf('föreningsstimmo', 'föreningsstämma', ocr)).toBe(false);
    // Nothing kept: the same word.
    expect(keepsOcrLettersOf('föreningsstämma', 'föreningsstämma', ocr)).toBe(false);
  });
  it('yields to the listed word that explains both slips on a damaged page (o→ö in one part, i→ä in the other)', () => {
    const { text } = repairText(`${damaged}Till ordinarie foreningsstimma kallas alla i Brunnsvik.`, lexicon, { threshold: 0.8 });
    expect(text).toContain('föreningsstämma');
  });
});
