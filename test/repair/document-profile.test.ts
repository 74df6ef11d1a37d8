import { describe, expect, it } from 'vitest';
import { profileDocument } from '../../src/repair/document-profile.ts';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';

const lexicon = await loadTestLexicon();

const profile = (text: string) => profileDocument(text.split('\n').map(tokeniseLine), lexicon);

describe('document profile', () => {
  it('calls a page damaged when many words only become Swedish with å/ä/ö restored', () => {
    expect(profile('Nar vi gick over bron sag vi manga batar och fagler pa sjon.').level).toBe('damaged');
  });
  it('calls a page clean when its å/ä/ö words are intact', () => {
    expect(profile('När vi gick över bron såg vi många båtar och fåglar på sjön.').level).toBe('clean');
  });
  it('numbers its items with § when headings glue an 8 to numbers counting from one', () => {
    const headings = '81 Inledning\nTexten här.\n82 Brunnsfrågan\nMer text.\n83 Avslut';
    expect(profile(headings).paragraphs).toBe(true);
    expect(repairText(headings, lexicon, { threshold: 0.8 }).text).toContain('§2 Brunnsfrågan');
    expect(profile('82 Inledning\n83 Brunnsfrågan\n84 Avslut').paragraphs).toBe(false);
    expect(profile('81 Inledning\n82 Brunnsfrågan').paragraphs).toBe(false);
  });
  it('numbers its items with § when headings write an 8 after numbers counting from one', () => {
    const headings = '1 8 Inledning\nTexten här.\n2 8 Brunnsfrågan\nMer text.\n3 8 Avslut';
    expect(profile(headings).paragraphs).toBe(true);
    expect(repairText(headings, lexicon, { threshold: 0.8 }).text).toContain('2 § Brunnsfrågan');
    expect(repairText('1 8 Inledning\n2 8 Brunnsfrågan', lexicon, { threshold: 0.8 }).text).toContain('2 8 Brunnsfrågan');
  });
  it("reads a typewriter's § that came out as S before numbers counting from one", () => {
    const headings = 'S 1. Inledning\nTexten här.\nS 2. Brunnsfrågan\nMer text.\ns 3. Avslut';
    expect(profile(headings).paragraphs).toBe(true);
    expect(repairText(headings, lexicon, { threshold: 0.8 }).text).toBe('§ 1. Inledning\nTexten här.\n§ 2. Brunnsfrågan\nMer text.\n§ 3. Avslut');
    expect(repairText('S 1. Inledning\nS 2. Brunnsfrågan', lexicon, { threshold: 0.8 }).text).toBe('S 1. Inledning\nS 2. Brunnsfrågan');
  });
  it('keeps the number of a heading whose sign and number both came out as 8', () => {
    expect(repairText('8 1 Inledning\n8 2 Mitten\n8 3 Avslut\n8 8 Slutet', lexicon, { threshold: 0.8 }).text).toBe('§ 1 Inledning\n§ 2 Mitten\n§ 3 Avslut\n§ 8 Slutet');
  });
  it('notices en dashes between numbers, even when OCR made them em dashes', () => {
    expect(profile('kl. 08.15—09.40').enDashRanges).toBe(true);
    expect(profile('kl. 08.15-09.40').enDashRanges).toBe(false);
  });
});

describe('damage-aware repair', () => {
  const damaged = 'Nar vi gick over bron sag vi manga batar och fagler pa sjon.\n';
  it('restores a capitalised word on a damaged page', () => {
    expect(repairText(`${damaged}Oversikten visar malet.`, lexicon, { threshold: 0.8 }).text).toContain('Översikten');
  });
  it('leaves an unknown capitalised name alone on a clean page', () => {
    const clean = 'När vi gick över bron såg vi många båtar och fåglar på sjön.\n';
    expect(repairText(`${clean}Zandor Qvarlo kom.`, lexicon, { threshold: 0.8 }).text).toContain('Zandor Qvarlo');
  });
});
