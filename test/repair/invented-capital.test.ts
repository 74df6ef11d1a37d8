import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a capital the English model read for a small å, ä or ö', () => {
  it('is written small after a small-letter word of the same sentence', () => {
    expect(repairedLine('Vi har Oppnat nya lokaler.')).toBe('Vi har öppnat nya lokaler.');
  });
  it('stays a capital where it opens the sentence', () => {
    expect(repairedLine('Kassan har vuxit. Okat stod ges nasta ar.')).toContain('. Ökat');
  });
  it('stays a capital on a first name before a surname', () => {
    expect(repairedLine('Till justerare valdes Ake Lindvall.')).toContain('Åke Lindvall');
  });
  it('stays a capital on a compound that ends in an element place names end in (-sjön)', () => {
    expect(repairedLine('Vandringen gick runt Ortagardssjon i Lillby.')).toContain('runt Örtagårdssjön');
  });
  it('stays a capital on a reading hunspell lists only as a proper noun', () => {
    expect(repairedLine('Resan gick vidare till Alvkarleby i juni.')).toContain('till Älvkarleby');
  });
  it('stays a capital on a surname made of name elements', () => {
    expect(repairedLine('Uppgiften gar till Akerlund senast fredag.')).toContain('Åkerlund');
  });
  it('is written small after a listed word opening the sentence when the reading is common', () => {
    expect(repairedLine('Helt Oppet for alla.')).toBe('Helt öppet för alla.');
  });
  it('stays a capital after an abbreviation without a vowel, a column label before the next one', () => {
    expect(repairedLine('Tfn Overenskommelse')).toBe('Tfn Överenskommelse');
  });
  it('stays a capital after a sentence-opening first name', () => {
    expect(repairedLine('Bengt Ostling kom.')).toBe('Bengt Östling kom.');
  });
  it('is written small on the first word of a line that continues a sentence wrapped at the margin', () => {
    const text = `${damaged}Ordforanden halsade alla ledamoter och ersattare valkomna till arets forsta mote och forklarade motet\nOppnat med en kort inledning.`;
    expect(repairText(text, lexicon, { threshold: 0.8 }).text.split('\n')[2]).toBe('öppnat med en kort inledning.');
  });
  it('stays a capital on the first word of a line after a heading that ends short of the margin', () => {
    const text = `${damaged}Kort rubrik om motet\nOppnat med en kort inledning och en lang rad som nar marginalen.`;
    expect(repairText(text, lexicon, { threshold: 0.8 }).text.split('\n')[2]).toMatch(/^Öppnat/);
  });
});

describe('a street name after a small-letter word', () => {
  it('keeps its capital: -stigen ends names of streets as -vägen does', () => {
    expect(repairedLine('Vi samlades vid forskolan Osterstigen i Lillby.')).toContain('förskolan Österstigen');
  });
});
