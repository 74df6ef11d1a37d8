import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a label closed by a colon', () => {
  it("reads 'Nar:' opening a line as the label 'När:', not 'Når:': the colon ends a label, not a sentence", () => {
    expect(repairedLine('Nar: onsdag 4/9, kl 13-15')).toBe('När: onsdag 4/9, kl 13-15');
  });
  it("keeps the label 'Var:' as written", () => {
    expect(repairedLine('Var: Rådhuset, sal 3')).toBe('Var: Rådhuset, sal 3');
  });
});
