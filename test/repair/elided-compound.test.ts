import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;
const clean = (line: string): string => repairText(`Mötet öppnades och närvarande hälsades välkomna av ordföranden.\n${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('the first part of a compound shortened before a conjunction ("Hälso- och sjukvård")', () => {
  it("reads 'Halso- och tandvardsenheten' as 'Hälso- och tandvårdsenheten': the part is judged inside the compound it shortens", () => {
    expect(repairedLine('Rapporten gick till Halso- och tandvardsenheten.')).toBe('Rapporten gick till Hälso- och tandvårdsenheten.');
  });
  it("keeps 'hälso-' as written before 'och' on a clean page: no word alone, yet the first part of 'hälsovård'", () => {
    expect(clean('Frågan gäller hälso- och tandvården i länet.')).toBe('Frågan gäller hälso- och tandvården i länet.');
  });
  it("judges a sentence's capital in small letters: 'Vard- och stodenheten' is 'Vård- och stödenheten'", () => {
    expect(repairedLine('Vard- och stodenheten svarar för planen.')).toBe('Vård- och stödenheten svarar för planen.');
  });
});

describe('a shortened compound part whose conjunct the line does not hold', () => {
  const repaired = (text: string): string => repairText(`${damaged}${text}`, lexicon, { threshold: 0.8 }).text.slice(damaged.length);
  it('takes the conjunct from the next line when the conjunction closes the line', () => {
    expect(repaired('Rapporten gick till halso- och\ntandvardsenheten i Ekby.')).toContain('hälso- och\ntandvårdsenheten');
  });
  it('passes over a speck the OCR read after the conjunction', () => {
    expect(repaired('Rapporten gick till Halso- och ’ tandvardsenheten.')).toContain('Hälso- och ’ tandvårdsenheten');
  });
});
