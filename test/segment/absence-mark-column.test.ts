import { describe, expect, it } from 'vitest';
import { documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { headerColumnOf } from '../../src/segment/absence-mark-column.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const table = ['Styrelsemöte', '', 'Datum: 2031-03-12', '', 'Namn\tFunktion\tNärv.\tFörhinder', 'Tora Vinge\tordförande\tX\t', 'Pelle Åkerlund\tkassör\t\tX', 'Ebba Hjort\tledamot\tX\t', '', '§ 1 Öppnande', 'Mötet öppnades.', ''].join('\n');

describe('an attendance table with a column of crosses for those who sent word', () => {
  it('makes a person crossed under "Förhinder" absent and one crossed under "Närv." present', () => {
    const minutes = segmentMinutes({ text: table }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tora Vinge', null, 'ordförande'],
      ['Ebba Hjort', null, 'ledamot'],
    ]);
    expect(minutes.absent.map((p) => [p.name, p.role])).toEqual([['Pelle Åkerlund', 'kassör']]);
  });
  it('tells the column of a cross by its tab stop in typed text', () => {
    const [header, , absent] = linesFromText('Namn\tFunktion\tNärv.\tFörhinder\nA B\tc\tX\t\nD E\tf\t\tX\n')[0]!;
    expect(headerColumnOf(header!, absent!, 2)).toBe(3);
  });
  it('tells it by the left edge of the cell on a page read with geometry', () => {
    const header = documentLine(1, ['Namn', 'Funktion', 'Närv.', 'Förhinder'], [70, 230, 370, 440]);
    const row = documentLine(1, ['Pelle Åkerlund', 'kassör', 'X'], [70, 230, 470]);
    expect(headerColumnOf(header, row, 2)).toBe(3);
  });
});
