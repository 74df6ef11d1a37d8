import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a standard protocol label damaged beyond its diacritics', () => {
  it('is read as the label (domain vocabulary, within two plain slips)', () => {
    expect(repairedLine('Sammanbradesdatum 2024-05-02')).toBe('Sammanträdesdatum 2024-05-02');
    expect(repairedLine('Forvaringsplals: kommunkansliet')).toBe('Förvaringsplats: kommunkansliet');
  });
});
