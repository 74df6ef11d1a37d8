import { describe, expect, it } from 'vitest';
import { withPartyLetterSlips } from '../../src/segment/party-letter-slips.ts';

describe("OCR's slips in a party printed in small letters", () => {
  it('reads a small letter doubled with its own capital as the small letter', () => {
    expect(withPartyLetterSlips('Rune Falk (sS)')).toBe('Rune Falk (s)');
    expect(withPartyLetterSlips('Elsa Moe (cC), vice ordförande')).toBe('Elsa Moe (c), vice ordförande');
  });
  it('reads a pound sign opening a party as f', () => {
    expect(withPartyLetterSlips('Gert Ahl (m) Lisa Tuve (£p)')).toBe('Gert Ahl (m) Lisa Tuve (fp)');
  });
  it('leaves parties in capitals and two different letters alone', () => {
    expect(withPartyLetterSlips('Ann Berg (SD)')).toBe('Ann Berg (SD)');
    expect(withPartyLetterSlips('Ann Berg (kD)')).toBe('Ann Berg (kD)');
  });
});
