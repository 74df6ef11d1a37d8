import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findItemHeadings } from '../../src/segment/items.ts';

// An agenda table "Ärende | Dnr | Föredragande" whose column gaps OCR closed, so each row is one cell.
const table = (header: string) =>
  [
    header,
    '',
    'Beslutsärenden',
    '',
    '1. Val av justerare Ordföranden',
    '2. Taxa för tillsyn enligt miljöbalken BMN 2025/12 Miljöchef Eva Ros',
    '3. Förbud mot utsläpp, Ekmora 1:4 BMN Inspektör Bo Lind',
    '4. Information om SIP Utvecklare Per Ek',
  ].map((text) => documentLine(1, text ? [text] : []));

describe('a table of points whose column gaps OCR closed', () => {
  it('finds the column headings above a group heading such as "Beslutsärenden" and ends each title where the next column starts', () => {
    const titles = findItemHeadings(table('Ärende Dnr Föredragande')).map((h) => h.title);
    expect(titles[0]).toBe('Val av justerare');
    expect(titles[3]).toMatch(/^Information om SIP\b/);
  });

  it('ends a title at the registry letters that open the Dnr column', () => {
    const titles = findItemHeadings(table('Ärende Dnr Föredragande')).map((h) => h.title);
    expect(titles[1]).toBe('Taxa för tillsyn enligt miljöbalken');
    expect(titles[2]).toBe('Förbud mot utsläpp, Ekmora 1:4');
  });

  it('leaves capitals in a title alone where no column is headed Dnr', () => {
    const titles = findItemHeadings(table('Ärende Föredragande')).map((h) => h.title);
    expect(titles[2]).toMatch(/^Förbud mot utsläpp, Ekmora 1:4 BMN\b/);
  });

  it('lets a title that broke off at a comma go on on its next row after the next column is cut off', () => {
    const lines = ['Nr Ärende Dnr Handläggare', '', 'Beslutsärenden', '1 Val av justerare', '2 Bygglov för garage, 2025/41 + Eva Ros', 'Ekmora 1:4', '3 Övriga frågor'].map((t) => documentLine(1, t ? [t] : []));
    const heading = findItemHeadings(lines)[1]!;
    expect(heading.runIn).toBeUndefined();
    expect(heading.title).toBe('Bygglov för garage,');
  });
});

describe('a presenter column named only in the header of the table going on', () => {
  it('takes the presenter off titles under a later header that names the column when the first header lost it', () => {
    const text =
      'KALLELSE\n\nBeslutsärenden\nNr Ärende\n1 Val av justerare\n2 Bokslut 2025\n3 Taxa för tillsyn\n\nInformationsärenden\nNr Ärende Dnr Föredragande\n' +
      '4 Larmstatistik för hösten Eva Lundell\n5 Meddelanden\n';
    const m = segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Bokslut 2025', 'Taxa för tillsyn', 'Larmstatistik för hösten', 'Meddelanden']);
  });
});
