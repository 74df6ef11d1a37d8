import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(text, lexicon, { threshold: 0.8 }).text;

describe('a name whose capital the OCR read small, its initial one shape in both cases', () => {
  it("writes 'ulf' and 'oskar' as 'Ulf' and 'Oskar': Swedish writes them only as names", () => {
    expect(repaired('Protokollet justeras av ulf Sandberg och oskar Lindholm.')).toBe('Protokollet justeras av Ulf Sandberg och Oskar Lindholm.');
  });
  it("leaves a common word of the same shape ('vik', 'om') and a name whose initial has two shapes ('bengt')", () => {
    expect(repaired('Båten låg i en vik om natten, sa bengt.')).toBe('Båten låg i en vik om natten, sa bengt.');
  });
});
