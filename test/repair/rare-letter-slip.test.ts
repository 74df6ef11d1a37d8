import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a plain letter the OCR read for å, ä or ö too rarely for the confusion table', () => {
  it("reads 'fsrslag' as 'förslag': an s for ö in a word nothing else explains", () => {
    expect(repairedLine('Styrelsen lade fram ett fsrslag om budgeten.')).toBe('Styrelsen lade fram ett förslag om budgeten.');
  });
  it("reads 'mttet' as 'mötet': a t for ö", () => {
    expect(repairedLine('Han gick till mttet tidigt.')).toContain(' mötet ');
  });
  it("writes 'Sverklagades' small, 'överklagades': the capital S stood for a small ö", () => {
    expect(repairedLine('Beslutet Sverklagades av grannen.')).toBe('Beslutet överklagades av grannen.');
  });
  it('leaves a short token alone: three letters meet some word by one slip too easily', () => {
    expect(repairedLine('Det blir en hsg kostnad.')).toContain(' hsg ');
  });
  it("reads two letters for one ä, 'elevhidlsa' as 'elevhälsa': a round ä drawn as 'id'", () => {
    expect(repairedLine('Vi pratade om elevhidlsa och skolan.')).toBe('Vi pratade om elevhälsa och skolan.');
  });
  it("reads 'Ndamndhuset' as 'Nämndhuset': an ä drawn as 'da'", () => {
    expect(repairedLine('Styrelsen träffades i Ndamndhuset.')).toContain(' Nämndhuset.');
  });
  it("keeps a name nobody lists as written where the slip would only build one of name elements ('Frodholm', not 'Fröholm')", () => {
    expect(repairedLine('Kontakt: Olle Frodholm')).toBe('Kontakt: Olle Frodholm');
  });
});
