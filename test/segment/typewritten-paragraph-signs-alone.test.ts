import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A typewritten protokoll as OCR reads it: "§ n." alone on its row, the sign read as a figure, the title in capitals
// on the row below, "Beslöts att …" decisions.
const TYPEWRITTEN =
  'PROTOKOLL\nfört vid sammanträde med byggnadsnämnden den 4 mars 1971\n\n' +
  '5 1.\nJUSTERING\n\nBeslöts att utse Olof Ask att jämte ordföranden justera protokollet.\n\n' +
  '8 2.\n\n. ANMÄLAN AV BESLUT\nBeslöts att lägga anmälan till handlingarna.\n\n' +
  '8 3;\n\nANSÖKAN OM BYGGLOV FÖR LADA\n\nEfter överläggning beslöts e\n\natt bevilja bygglov, samt\n\natt debitera avgift enligt taxa.\n' +
  '8 4. .\n\nSKRIVELSE FRÅN LÄNSSTYRELSEN\nBeslöts att lägga skrivelsen till handlingarna.\n\n' +
  '85. .\nTAXA FÖR BYGGLOV\n\nBeslöts att hos fullmäktige föreslå en ny taxa.\n\n' +
  's 6.\nNÄSTA SAMMANTRÄDE\n\nBeslöts att nästa sammanträde skall hållas den 1 april.\n';

describe('reads a typewritten protokoll whose "§ n." stands alone on its row, as OCR damaged it', () => {
  it("finds the paragraph whose stop OCR read as a semicolon, or whose sign it glued to the number, between the others", () => {
    const m = segment(TYPEWRITTEN);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'JUSTERING'],
      ['2', 'ANMÄLAN AV BESLUT'],
      ['3', 'ANSÖKAN OM BYGGLOV FÖR LADA'],
      ['4', 'SKRIVELSE FRÅN LÄNSSTYRELSEN'],
      ['5', 'TAXA FÖR BYGGLOV'],
      ['6', 'NÄSTA SAMMANTRÄDE'],
    ]);
  });

  it('reads a lone letter OCR put after "beslöts" as a speck, so the att-clauses below are its decision', () => {
    const m = segment(TYPEWRITTEN);
    expect(m.items[2]!.decisions).toEqual(['Efter överläggning beslöts att bevilja bygglov, samt att debitera avgift enligt taxa.']);
  });
});

describe('reads the first paragraph of a protokoll whose sign OCR glued to the number', () => {
  it('trusts one glued sign where it opens the chain with the choice of adjusters', () => {
    const m = segment('PROTOKOLL\nValnämnden\nDatum: 2018-09-12\n\n821 Val av justerare\nValnämnden utser Ada Lund att justera protokollet.\n\n§ 22 Rapport om förtidsröstningen\nValnämnden beslutar att lägga rapporten till handlingarna.\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['21', 'Val av justerare'],
      ['22', 'Rapport om förtidsröstningen'],
    ]);
  });
});
