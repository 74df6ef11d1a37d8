import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe("'ki' for kl before hours written without minutes", () => {
  it("reads 'ki 10-14.30' as 'kl 10-14.30': a range of hours whose first has no minutes", () => {
    expect(repairedLine('Styrgruppen träffas fredagen den 9 maj ki 10-14.30 i Tallbo.')).toContain(' kl 10-14.30 ');
  });
  it("reads 'ki. 19.' as 'kl. 19.': a whole hour, marked as a time by the abbreviation's period", () => {
    expect(repairedLine('Mötet avslutades ki. 19.')).toBe('Mötet avslutades kl. 19.');
  });
  it("leaves 'KI' before a bare count alone (Karolinska Institutet's 'KI 4 forskare')", () => {
    expect(repairedLine('Från KI 4 forskare deltog.')).toContain('KI 4 forskare');
  });
});
