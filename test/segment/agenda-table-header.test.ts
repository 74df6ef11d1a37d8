import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';

const items = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title, h.trailing.join(' ')]);

describe('an agenda table headed "§ | Ärende | Sida"', () => {
  it('reads the figures under "§" as the items\' own numbers, not as "§1" with the sign read as a figure', () => {
    expect(items('ÄRENDEN\n\n§\tÄrende\n41\tVal av justerare\n42\tTaxor för 2026\n43\tDelegationsbeslut')).toEqual([
      ['41', 'Val av justerare', ''],
      ['42', 'Taxor för 2026', ''],
      ['43', 'Delegationsbeslut', ''],
    ]);
  });
  it('leaves out the page column, also where OCR read its figures as capitals', () => {
    expect(items('Nr\tÄrende\tSida\n12\tBudgetuppföljning\t4\n13\tVägbelysning i Norrby\t7\n14\tAnmälningar\tOB')).toEqual([
      ['12', 'Budgetuppföljning', ''],
      ['13', 'Vägbelysning i Norrby', ''],
      ['14', 'Anmälningar', ''],
    ]);
  });
  it('reads OCR\'s "8" for the sign in the header cell beside "Ärende"', () => {
    expect(items('8\tÄrende\tSida\n7\tVal av justerare\t2\n8\tSkolskjutsar\t3\n9\tMeddelanden\t5').map((i) => i[0])).toEqual(['7', '8', '9']);
  });
  it('keeps figures glued to the sign ("31 Öppnande" as "§1") where no column header names a number column', () => {
    expect(items('31 Öppnande\n32 Val av justerare\n33 Avslutning').map((i) => i[0])).toEqual(['1', '2', '3']);
  });
});

describe('an agenda headed "Ärenden | Dnr | Bil."', () => {
  it('leaves the enclosure column out of the titles', () => {
    expect(items('Ärenden\tDnr\tBil.\n1. Val av justerare\n2. Årsredovisning för 1991\t91/14\t1\n3. Taxa för lokalhyror\t91/22\t2')).toEqual([
      ['1', 'Val av justerare', ''],
      ['2', 'Årsredovisning för 1991', '91/14'],
      ['3', 'Taxa för lokalhyror', '91/22'],
    ]);
  });
  it('takes the diary number and the enclosure off a title where OCR closed both column gaps, specks and all', () => {
    expect(items('Ärenden ; Dnr Bil.\n\n1. Val av justerare\n\n2. Årsredovisning för 1991 91/14 1\n\n3. Taxa för lokalhyror 91/22 : 2\n\n4. Anmälningar . 3.')).toEqual([
      ['1', 'Val av justerare', ''],
      ['2', 'Årsredovisning för 1991', ''],
      ['3', 'Taxa för lokalhyror', ''],
      ['4', 'Anmälningar', ''],
    ]);
  });
  it('keeps a figure ending a title under a head without a diary column', () => {
    expect(items('Ärende\tBil.\n1. Val av justerare\n2. Bidrag till förening 91/14\t1')[1]).toEqual(['2', 'Bidrag till förening 91/14', '']);
  });
});
