import { describe, expect, it } from 'vitest';
import { dashFix, doubleParagraphSignFix, paragraphSignFix, partyLetterFix, spacedDashFix, strayClosingQuoteFix, strayQuoteFix } from '../../src/repair/patterns.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';

describe('double paragraph sign', () => {
  it('reads "$$" before a paragraph range as §§', () => {
    expect(doubleParagraphSignFix(tokeniseLine('Paragrafer $$ 31-37'), 1)?.corrected).toBe('§§');
  });
  it('reads "88" after "Paragrafer" as §§', () => {
    expect(doubleParagraphSignFix(tokeniseLine('Paragrafer 88 31-37'), 1)?.corrected).toBe('§§');
  });
  it('leaves a count of 88 alone', () => {
    expect(doubleParagraphSignFix(tokeniseLine('totalt 88 31 stolar'), 1)).toBeNull();
  });
});

describe('paragraph sign', () => {
  it("reads '8' after a body's abbreviation opening a heading as §", () => {
    expect(paragraphSignFix(tokeniseLine('BRN 8 113 Bryggplan för Vrebo'), 1)?.corrected).toBe('§');
    expect(paragraphSignFix(tokeniseLine('med 8 113 bryggor'), 1)).toBeNull();
  });
  it("reads '8' before a paragraph number of the year's count ('12/2024') and a title as §", () => {
    expect(paragraphSignFix(tokeniseLine('8 12/2024 Bryggplanen'), 0)?.corrected).toBe('§');
  });
  it("reads '8' between a chapter's section number and a law's name as §", () => {
    expect(paragraphSignFix(tokeniseLine('enligt 4 kap. 7 8 brygglagen.'), 4)?.corrected).toBe('§');
    expect(paragraphSignFix(tokeniseLine('enligt 4 kap. 7 8'), 4)?.corrected).toBe('§');
    expect(paragraphSignFix(tokeniseLine('sidan 7 8 bryggor'), 2)).toBeNull();
  });
  it('reads "5" opening a line before a number and a title as §', () => {
    expect(paragraphSignFix(tokeniseLine('5 27 Bygglov för förråd'), 0)?.corrected).toBe('§');
  });
  it('reads "$" after a stray quote as §', () => {
    expect(paragraphSignFix(tokeniseLine("'$ 27 Bygglov"), 0)?.corrected).toBe('§');
  });
});

describe('party letter', () => {
  it("reads '(5)' after a first name and a surname as the party letter S", () => {
    expect(partyLetterFix(tokeniseLine('Brita Quelm (5), ordförande'), 2)?.corrected).toBe('S');
  });
  it("keeps a count in brackets after a label", () => {
    expect(partyLetterFix(tokeniseLine('Närvarande (5)'), 1)).toBeNull();
    expect(partyLetterFix(tokeniseLine('Närvarande ledamöter (5)'), 2)).toBeNull();
  });
});

describe('stray quote', () => {
  it('drops a quote opening a line that nothing closes', () => {
    const fix = strayQuoteFix(tokeniseLine('‘Protokollsanteckningar från mötet'), 0);
    expect(fix?.span).toEqual({ start: 0, original: '‘' });
    expect(fix?.corrected).toBe('');
  });
  it('keeps a quote that the line closes', () => {
    expect(strayQuoteFix(tokeniseLine('”Framtidsplanen” antogs'), 0)).toBeNull();
  });
  it('drops a quote opening a word inside a line that nothing closes', () => {
    const fix = strayQuoteFix(tokeniseLine('Justerare ‘Brita Quelm'), 1);
    expect(fix?.span).toEqual({ start: 10, original: '‘' });
    expect(fix?.corrected).toBe('');
  });
  it('drops a quote closing a word that nothing in the line opens', () => {
    expect(strayClosingQuoteFix(tokeniseLine('ordförande Brita’ Quelm'), 1)).toMatchObject({ corrected: '', span: { start: 16, original: '’' } });
    expect(strayClosingQuoteFix(tokeniseLine('slutet av mötet.”'), 2)?.span?.original).toBe('”');
  });
  it('keeps a closing quote the line opened, and the apostrophe of a genitive after s', () => {
    expect(strayClosingQuoteFix(tokeniseLine('projektet ”Gnistra” antogs'), 1)).toBeNull();
    expect(strayClosingQuoteFix(tokeniseLine('enligt Klas’ förslag'), 1)).toBeNull();
  });
  it('keeps a quote inside a line that the line closes, or one before a digit', () => {
    expect(strayQuoteFix(tokeniseLine('projektet “Gnistra” antogs'), 1)).toBeNull();
    expect(strayQuoteFix(tokeniseLine('under sommaren ‘24 och'), 2)).toBeNull();
  });
});

describe('range dashes', () => {
  const fix = (text: string, enDash = false) => dashFix(tokeniseLine(text)[0]!, enDash);
  it('applies an en dash for an em dash between times', () => {
    expect(fix('08.15—09.40')).toMatchObject({ corrected: '08.15–09.40', confidence: 0.92 });
    expect(fix('08.15—-09.40')?.corrected).toBe('08.15–09.40');
  });
  it('only flags a hyphen between times, even where the document also uses en dashes', () => {
    expect(fix('08.15-09.40', true)!.confidence).toBeLessThan(0.8);
    expect(fix('08.15-09.40', false)!.confidence).toBeLessThan(fix('08.15-09.40', true)!.confidence);
  });
  it('treats a hyphen between two full dates as a range', () => {
    expect(fix('2031-01-02-2031-02-03', true)?.corrected).toBe('2031-01-02–2031-02-03');
  });
  it('leaves a single date alone', () => expect(fix('2031-01-02', true)).toBeNull());
});

describe('spaced dashes', () => {
  const fix = (line: string, k: number) => spacedDashFix(tokeniseLine(line), k);
  it('never flags a hyphen that opens a line as a list bullet', () => {
    expect(fix('- Trivsam gröngödsling bland vuxna', 0)).toBeNull();
    expect(fix('- 14 mars 2031', 0)).toBeNull();
  });
  it('never flags a hyphen closing a line', () => {
    expect(fix('fortsättning följer -', 2)).toBeNull();
  });
  it('reads an em dash opening a list item or closing a line as the en dash drawn long', () => {
    expect(fix('— Blomsterfrågor', 0)).toMatchObject({ corrected: '–' });
    expect(fix('Frånvarande: —', 1)).toMatchObject({ corrected: '–' });
    expect(fix('—', 0)).toBeNull();
  });
  it('flags a spaced hyphen between two numbers or times as a possible range', () => {
    expect(fix('sidorna 12 - 19', 2)).toMatchObject({ corrected: '–' });
    expect(fix('kl 09.15 - 10.45', 2)!.confidence).toBeLessThan(0.8);
  });
  it('reads a spaced hyphen between words as the tankstreck, an en dash', () => {
    expect(fix('planen - som antogs', 1)).toMatchObject({ corrected: '–' });
    expect(fix('planen - som antogs', 1)!.confidence).toBeGreaterThanOrEqual(0.8);
  });
  it('leaves a spaced hyphen after a number as typed', () => {
    expect(fix('Punkt 4 - Lokalfrågor', 2)).toBeNull();
  });
});

describe('bullets in repaired text', () => {
  it('reports nothing for hyphen bullets before headings and dates', async () => {
    const { loadLexicon, repairText } = await import('../../src/repair/index.ts');
    const lexicon = await loadLexicon({ dictionaries: [] });
    const { corrections } = repairText('- Trivsam hälsa bland vuxna\n- 14 mars 2031', lexicon, { threshold: 0.8 });
    expect(corrections.filter((c) => c.original === '-')).toEqual([]);
  });
});
