import { describe, expect, it } from 'vitest';
import { documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);

describe('an agenda whose typed numbers OCR misread', () => {
  it('takes the one row between two points that lacks its number as the missing point', () => {
    expect(headings('Ärenden:\n\n1. Val av justerare\n2. Budget för Ekmora\nKe Yttrande över ny väg\n4. Taxor\n5. Meddelanden')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekmora'],
      ['3', 'Yttrande över ny väg'],
      ['4', 'Taxor'],
      ['5', 'Meddelanden'],
    ]);
  });
  it('takes a row that lost its number altogether, with its wrapped title below it', () => {
    expect(headings('1. Val av justerare\n2. Budget för Ekmora\nYttrande över motion om\ngång- och cykelväg\n4. Taxor')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekmora'],
      ['3', 'Yttrande över motion om'],
      ['4', 'Taxor'],
    ]);
  });
  it('takes a misread first point right above point 2', () => {
    expect(headings('Följande ärenden förekommer:\n\nue Val av justerare\n2. Budget för Ekmora\n3. Taxor')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekmora'],
      ['3', 'Taxor'],
    ]);
  });
  it('reads the misread number alone in the number column of a page', () => {
    const rows = [documentLine(1, ['4.', 'Budget för Ekmora'], [150, 225]), documentLine(1, ['TT.', 'Yttrande över ny väg'], [152, 226]), documentLine(1, ['6.', 'Taxor'], [151, 225])];
    expect(findItemHeadings(rows).map((h) => [h.number, h.title])).toEqual([
      ['4', 'Budget för Ekmora'],
      ['5', 'Yttrande över ny väg'],
      ['6', 'Taxor'],
    ]);
  });
  it('takes no sentence of notes between two points for the missing one', () => {
    expect(headings('1. Start\nText.\n2. Budget\nBo Lind redogjorde för budgeten.\n4. Övrigt\nText.').map(([n]) => n)).toEqual(['1', '2', '4']);
    expect(headings('1. Start\nText.\n2. Budget\nI Ekmora pågår bygget\n4. Övrigt\nText.').map(([n]) => n)).toEqual(['1', '2', '4']);
  });
  it('takes nothing where two rows between the points could be the missing one', () => {
    expect(headings('1. Start\n2. Budget\nKe Yttrande\nLo Taxor\n4. Övrigt').map(([n]) => n)).toEqual(['1', '2', '4']);
  });
  it('fills the missing row of a Nr column table, a speck before its number', () => {
    expect(headings('Nr\tÄrende\tDnr\n6\tInsatser under året\t\n17 Rekrytering av brandmän\t2025/11\n8\tMeddelanden\t\n9\tÖvrigt\t').map(([n, t]) => `${n} ${t}`)).toEqual([
      '6 Insatser under året',
      '7 Rekrytering av brandmän',
      '8 Meddelanden',
      '9 Övrigt',
    ]);
  });
});

describe('a misread first number after the word that names the points', () => {
  it('reads "Ärende I" right above "Ärende 2" as point 1', () => {
    expect(findItemHeadings(linesFromText('KALLELSE\n\nÄrende I Öppnande\nÄrende 2 Budget för Ekvik\nÄrende 3 Avslutning')[0]!).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Avslutning'],
    ]);
  });
});

describe('misread points on a page read with geometry', () => {
  it('reads "Ärende I" in the number column right above "Ärende 2" as point 1', () => {
    const rows = [documentLine(1, ['Ärende I', 'Öppnande'], [214, 449]), documentLine(1, ['Ärende 2', 'Budget för Ekvik'], [214, 450]), documentLine(1, ['Ärende 3', 'Avslutning'], [214, 451])];
    expect(findItemHeadings(rows).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Avslutning'],
    ]);
  });

  it('takes the missing number alone in its cell as the point though OCR lost its title’s capital', () => {
    const rows = [documentLine(1, ['1. Öppnande'], [188]), documentLine(1, ['2.', 'val av justerare'], [188, 295]), documentLine(1, ['3.', 'Budget för Ekvik'], [190, 298]), documentLine(1, ['4. Avslutning'], [196])];
    expect(findItemHeadings(rows).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Öppnande'],
      ['2', 'val av justerare'],
      ['3', 'Budget för Ekvik'],
      ['4', 'Avslutning'],
    ]);
  });
});
