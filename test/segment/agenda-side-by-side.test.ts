import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withAgendaSideBySide } from '../../src/segment/agenda-side-by-side.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const row = (...cells: string[]) => documentLine(1, cells);
const annons = [
  row('Ärenden:'),
  row('1. Upprop', '5. Motion av Eva Ros (c) om'),
  row('2. Val av justerare', 'cykelbana till Ekmora'),
  row('3. Taxa för renhållnings-', '6. Fråga av Bo Lind (m) om'),
  row('ordningen 2026', 'vinterväghållningen'),
  row('4. Budget 2026', '7. Fyllnadsval'),
  documentLine(1, []),
  row('Allmänheten hälsas välkommen!'),
];

describe('an agenda printed in two columns side by side', () => {
  it('reads the left column down first, then the right, each point with its wrapped rows', () => {
    expect(withAgendaSideBySide(annons).map((l) => l.text)).toEqual([
      'Ärenden:',
      '1. Upprop',
      '2. Val av justerare',
      '3. Taxa för renhållningsordningen 2026',
      '4. Budget 2026',
      '5. Motion av Eva Ros (c) om cykelbana till Ekmora',
      '6. Fråga av Bo Lind (m) om vinterväghållningen',
      '7. Fyllnadsval',
      '',
      'Allmänheten hälsas välkommen!',
    ]);
  });

  it('keeps "barn- och" with its hyphen and space when the column wraps after it', () => {
    const lines = [row('1. Upprop', '4. Val i barn-'), row('2. Budget', 'och fritidsnämnden'), row('3. Taxor', '5. Frågor')];
    expect(withAgendaSideBySide(lines).map((l) => l.text)).toContain('4. Val i barn- och fritidsnämnden');
  });

  it('leaves a table of titles and presenters alone', () => {
    const table = [row('1. Upprop', 'Ordföranden'), row('2. Budget', 'Ekonomichefen'), row('3. Taxor', 'Kanslichefen'), row('4. Övrigt', 'Ordföranden')];
    expect(withAgendaSideBySide(table)).toEqual(table);
  });

  it('leaves the columns alone when the right one does not go on from the left one', () => {
    const lines = [row('1. Upprop', '7. Fyllnadsval'), row('2. Budget', '8. Frågor'), row('3. Taxor', '9. Övrigt')];
    expect(withAgendaSideBySide(lines)).toEqual(lines);
  });

  it('splits the columns by their left edges where OCR gave them, across a blank row', () => {
    const at = (cells: string[], x: number[]) => documentLine(1, cells, x);
    const lines = [
      at(['1. Upprop', '4. Motion om'], [100, 600]),
      documentLine(1, []),
      at(['2. Budget', 'belysning'], [100, 601]),
      at(['3. Taxor', '5. Frågor'], [101, 600]),
      at(['för 2026'], [100]),
    ];
    expect(withAgendaSideBySide(lines).map((l) => l.text)).toEqual(['1. Upprop', '2. Budget', '3. Taxor för 2026', '4. Motion om belysning', '5. Frågor']);
  });

  it('gives a kungörelse in two columns all its points in order', () => {
    const text = ['KUNGÖRELSE', '', 'Kommunfullmäktige i Ekmora sammanträder i Folkets hus onsdagen den 4 mars 2026 kl. 18.00.', '', ...annons.map((l) => l.cells.join('\t'))].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x', pages: 1 });
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(minutes.items[4]!.title).toBe('Motion av Eva Ros (c) om cykelbana till Ekmora');
  });
});
