import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { isStructural } from '../../src/segment/structural-rows.ts';
import { titleContinuation } from '../../src/segment/title-continuation.ts';

// An agenda table "Nr | Ärende | Föredragande | Kl." whose single figures OCR dropped, read with each cell's left edge.
const header = documentLine(1, ['Nr Ärende', 'Föredragande', 'Kl.'], [100, 700, 900]);
const rows = (last: string) => [
  header,
  documentLine(1, ['Val av justerare', 'Ordföranden', '18.00'], [150, 700, 900]),
  documentLine(1, ['Taxa för vatten och avlopp från', 'VA-chef', '18.05'], [151, 701, 901]),
  documentLine(1, ['nästa år och framåt', 'Ulla Grip'], [150, 702]),
  documentLine(1, ['Skötsel av parker och', 'Parkchef', '18.30'], [149, 700, 900]),
  documentLine(1, ['lekplatser i Ekmora', 'Bo Stare', '18.40'], [150, 701, 902]),
  documentLine(1, [last], [120]),
];

describe('an agenda table whose number column OCR lost up to "4"', () => {
  it('numbers the rows that open with a capital in the title column in order before the first number read', () => {
    const headings = findItemHeadings(rows('4 Meddelanden'));
    expect(headings.map((h) => [h.number, h.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Taxa för vatten och avlopp från'],
      ['3', 'Skötsel av parker och'],
      ['4', 'Meddelanden'],
    ]);
  });
  it('goes on with a title on a lower-case row in its column beside two more cells', () => {
    const lines = rows('4 Meddelanden');
    const headings = findItemHeadings(lines);
    expect(titleContinuation(lines, headings[2]!, isStructural)).toBe(1);
  });
  it('numbers nothing when the rows do not fill the numbers before the one read', () => {
    expect(findItemHeadings(rows('5 Meddelanden')).map((h) => h.number)).not.toContain('1');
  });
});

describe('an agenda table whose number column plain OCR text lost up to "5"', () => {
  const text = (fifth: string) =>
    'KALLELSE\n\nNr Ärende\n\nVal av justerare\n\nGodkännande av dagordningen\n\nBokslut 2025 |\n\nPlan för räddningsinsatser\n\n2027-2030, remiss\n\n' +
    `${fifth}\n6 Statistik över larm\n\n1 Rekrytering av deltidsbrandmän\n8 Meddelanden\n`;
  const numbers = (t: string) => findItemHeadings(t.split('\n').map((row) => documentLine(1, row.trim() ? row.split(/\t+| {2,}/) : []))).map((h) => [h.number, h.title]);

  it('numbers the rows between the header and the first figure read that open with a capital, and fills the figure misread after it', () => {
    expect(numbers(text('5 Taxa för tillsyn'))).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Godkännande av dagordningen'],
      ['3', 'Bokslut 2025 |'],
      ['4', 'Plan för räddningsinsatser'],
      ['5', 'Taxa för tillsyn'],
      ['6', 'Statistik över larm'],
      ['7', 'Rekrytering av deltidsbrandmän'],
      ['8', 'Meddelanden'],
    ]);
  });

  it('leaves the rows unnumbered when their count does not fill the numbers before the first figure read', () => {
    expect(numbers(text('6 Taxa för tillsyn').replace('6 Statistik', '7 Statistik').replace('8 Meddelanden', '9 Meddelanden')).map(([n]) => n)).not.toContain('1');
  });
});
