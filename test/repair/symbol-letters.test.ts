import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const repaired = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a symbol the OCR read for a letter inside a word', () => {
  it('reads $ between letters as s', () => {
    expect(repaired('Grusbys tillsyn$projekt avslutades.')).toBe('Grusbys tillsynsprojekt avslutades.');
  });
  it('reads | between letters as l', () => {
    expect(repaired('Vi vill fores|a en ny grusvag.')).toContain('föreslå');
  });
  it('still reads a lone $ before a number as §', () => {
    expect(repaired('$ 12 Grusvagar i Tallby')).toBe('§ 12 Grusvägar i Tallby');
  });
});
