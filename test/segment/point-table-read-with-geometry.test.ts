import { describe, expect, it } from 'vitest';
import { decisionCell, decisionColumnOf } from '../../src/segment/decision-column.ts';
import { documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { titleContinuation } from '../../src/segment/title-continuation.ts';
import { isStructural } from '../../src/segment/structural-rows.ts';
import { segment } from './by-field/segment-text.ts';

// A minutes table "Punkt | Ämne | Ansvarig | Beslut/Åtgärd" as OCR rows with the left edge of each cell.
const rows = [
  documentLine(1, ['Punkt Ämne', 'Ansvarig', 'Beslut/Åtgärd'], [100, 500, 800]),
  documentLine(1, ['1', 'Lokaler för', 'Ulla Grip', 'Gruppen beslutade att hyra'], [100, 160, 500, 800]),
  documentLine(1, ['fritidsgården', 'lokalen i Ekmora.'], [158, 802]),
  documentLine(1, ['2', 'Budget för ny', 'Bo Stare', 'Kalkylen visar ett underskott. Gruppen'], [101, 161, 502, 801]),
  documentLine(1, ['verksamhet', 'beslutade att söka'], [159, 799]),
  documentLine(1, ['bidrag från regionen.'], [800]),
  documentLine(1, ['3', 'Skyltar', 'Ulla Grip', 'Skyltarna beställs.'], [99, 160, 500, 801]),
  documentLine(1, ['4', 'Övrigt', 'Inga övriga frågor.'], [99, 160, 801]),
];

describe('minutes kept as a table of points, read with the geometry of each cell', () => {
  it('goes on with a title on a lower-case row that starts in the title column, and not with the next column\'s row', () => {
    const headings = findItemHeadings(rows);
    expect(headings.map((h) => titleContinuation(rows, h, isStructural))).toEqual([1, 1, 0, 0]);
  });
  it('reads the decision column\'s cell over all the rows of its point', () => {
    const headings = findItemHeadings(rows);
    const column = decisionColumnOf(rows, headings)!;
    expect(decisionCell(rows, headings[0]!.line, headings[1]!.line, column)).toBe('Gruppen beslutade att hyra lokalen i Ekmora.');
    expect(decisionCell(rows, headings[1]!.line, headings[2]!.line, column)).toBe('Kalkylen visar ett underskott. Gruppen beslutade att söka bidrag från regionen.');
  });
  it('takes the first point whose number OCR misread as a short word under the header', () => {
    const misread = [rows[0]!, documentLine(1, ['då', 'Lokaler för', 'Ulla Grip', 'Gruppen beslutade att hyra'], [100, 160, 500, 800]), ...rows.slice(2)];
    expect(findItemHeadings(misread).map((h) => h.number)).toEqual(['1', '2', '3', '4']);
  });
});

describe('a decision column headed with both decisions and actions', () => {
  const text = (cell: string) =>
    `Minnesanteckningar\nArbetsgruppen för lekplatser\n\nDatum: 2024-05-02\n\nPunkt\tÄmne\tAnsvarig\tBeslut/Åtgärd\n1\tUpprustning av Ekparken\tUlla Grip\tGungorna byts ut i juni.\n2\tSkyltar\tBo Stare\tSkyltarna beställs.\n3\tÖvrigt\tBo Stare\t${cell}`;
  it('takes each point\'s cell as its decision', () => {
    expect(segment(text('Bo tar fram en tidplan.')).items.map((i) => i.decisions)).toEqual([['Gungorna byts ut i juni.'], ['Skyltarna beställs.'], ['Bo tar fram en tidplan.']]);
  });
  it('takes no decision from a cell that says nothing came up', () => {
    expect(segment(text('Inga övriga frågor.')).items[2]!.decisions).toEqual([]);
  });
  it('reads a plain-text table\'s rows the same, under a header naming the number column "Punkt"', () => {
    const lines = linesFromText('Punkt\tÄmne\tAnsvarig\n2\tBudget\tBo Stare\n3\tLokaler\tUlla Grip\n4\tÖvrigt\t')[0]!;
    expect(findItemHeadings(lines).map((h) => [h.number, h.title])).toEqual([['2', 'Budget'], ['3', 'Lokaler'], ['4', 'Övrigt']]);
  });
  it('takes the numbered notes as the items when an agenda table headed "Punkt" comes before them', () => {
    const text =
      'Minnesanteckningar\nNätverket för lekplatser\n\nDatum: 2024-05-02\n\nPunkt\tÄrende\tAnsvarig\n1\tInledning\tUlla Grip\n2\tBudget\tBo Stare\n3\tÖvrigt\tUlla Grip\n\nAnteckningar\n\n' +
      '1. Inledning\nUlla hälsade välkommen.\n\n2. Budget\nBo redovisade läget.\nBeslut: Budgeten godkänns.\n\n3. Övrigt\nInga frågor.';
    const items = segment(text).items;
    expect(items.map((i) => [i.number, i.title])).toEqual([['1', 'Inledning'], ['2', 'Budget'], ['3', 'Övrigt']]);
    expect(items[1]!.decisions).toEqual(['Budgeten godkänns.']);
  });
});
