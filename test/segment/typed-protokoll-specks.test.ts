import { describe, expect, it } from 'vitest';
import { cleanNameText } from '../../src/segment/name-text-cleanup.ts';
import { withoutTrailingSpeckle } from '../../src/segment/item-title-tails.ts';
import { attendeesOfProtokoll, segment } from './by-field/segment-text.ts';

describe('specks on a scanned typewritten protokoll', () => {
  it('drops a figure alone before a first name and a surname, as a list number without its stop', () => {
    expect(cleanNameText('5 Ivar Bergendahl . :')).toBe('Ivar Bergendahl');
    expect(cleanNameText('3 Ann-Mari Tollin')).toBe('Ann-Mari Tollin');
    expect(attendeesOfProtokoll('Närvarande ledamöter:\tTyra Wennbom, ordförande\n\tSixten Lagerholm\n7 Ivar Bergendahl . :')).toEqual([
      ['Tyra Wennbom', null, 'ordförande'],
      ['Sixten Lagerholm', null, null],
      ['Ivar Bergendahl', null, null],
    ]);
  });
  it('keeps a figure that opens no name', () => {
    expect(cleanNameText('5 ledamöter')).toBe('5 ledamöter');
  });
  it('drops a figure and a quote among the specks after a title', () => {
    expect(withoutTrailingSpeckle('Justering | : 5 ”')).toBe('Justering');
    expect(withoutTrailingSpeckle('Föregående protokoll . "oo')).toBe('Föregående protokoll');
    expect(withoutTrailingSpeckle('Budget 2025')).toBe('Budget 2025');
  });
  it('reads a label word with specks after it, on the row under a bare paragraph sign, as the title', () => {
    const minutes = segment(
      'PROTOKOLL\nStiftelsen Lindvik\n\n§ 11\nÖppnande\nOrdföranden öppnade sammanträdet.\n\n8 12 |\nJustering | : 5 ”\nAtt justera protokollet utsågs Sixten Lagerholm.\n\n§ 13\nAvslutning\nOrdföranden avslutade sammanträdet.\n',
    );
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['11', 'Öppnande'], ['12', 'Justering'], ['13', 'Avslutning']]);
  });
});
