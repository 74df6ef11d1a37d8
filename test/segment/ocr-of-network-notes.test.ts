import { describe, expect, it } from 'vitest';
import { closedRowCells } from '../../src/segment/closed-people-table-rows.ts';
import { documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { decisions, segment } from './by-field/segment-text.ts';

const head = (text: string) => parseHeadBlock(linesFromText(text)[0]!);

describe('OCR of a network\'s or samverkansgrupp\'s head', () => {
  it('keeps a place that ends on a comma going after OCR\'s blank row, with one comma between the rows', () => {
    const m = segment('Minnesanteckningar\n\nDatum: 2024-03-12\nPlats: Stadshuset, Ågatan 4,\n\nrum Kvarnen\n\nNärvarande: Tyra Malm, Orvar Lind\n\n1. Start\nText.');
    expect(m.meeting?.place).toBe('Stadshuset, Ågatan 4, rum Kvarnen');
  });
  it('reads the next side of a negotiation after OCR\'s blank row as part of the same list', () => {
    const fields = head('Närvarande:\nFör arbetsgivaren: Tyra Malm, personalchef\nOrvar Lind, controller\n\nFör arbetstagarna: Saga Frell, Vision\n');
    expect(fields).toHaveLength(1);
    expect(fields[0]!.values).toHaveLength(3);
  });
  it('reads an opening bracket that OCR read as "O" before a person\'s initials', () => {
    const m = segment('Anteckningar\n\nDatum: 2025-02-03\n\nNärv: Tyra Malm (TM) rektor, Saga Frell OSF) kurator\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Malm', organisation: null, role: 'rektor' },
      { name: 'Saga Frell', organisation: null, role: 'kurator' },
    ]);
  });
  it('goes on with a list that wrapped after a bracket, the title first on the next row', () => {
    const m = segment('Anteckningar\n\nDatum: 2025-02-03\n\nNärv: Tyra Malm (TM) rektor, Saga Frell (SF)\nkurator, Orvar Lind (OL) lärare\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Tyra Malm', 'rektor'], ['Saga Frell', 'kurator'], ['Orvar Lind', 'lärare']]);
  });
  it('reads a people table row whose cells carry OCR specks, a semicolon for a comma and a role glued to the organisation', () => {
    const fields = head('Närvaro\nNamn\tOrganisation\tRoll\nTyra Malm ?\tÅby kommun, socialförvaltningen Mötesledare\nOrvar Lind\tRegion Fjällby; BUP Norr\n');
    expect(fields[0]!.values).toEqual(['Tyra Malm, Åby kommun, socialförvaltningen, Mötesledare', 'Orvar Lind, Region Fjällby, BUP Norr']);
  });
});

describe('OCR of a "Namn Organisation Roll" table with its column gaps closed', () => {
  const header = ['namn', 'organisation', 'roll'];
  it('takes the first two capitalised words as the name and a function word at the end as the role', () => {
    expect(closedRowCells('Tyra Malm ? Polisen, lokalpolisområde Åby - Protokollförare', header)).toEqual(['Tyra Malm', 'Polisen, lokalpolisområde Åby', 'Protokollförare']);
    expect(closedRowCells('Orvar Lind Region Fjällby; BUP Norr', header)).toEqual(['Orvar Lind', 'Region Fjällby, BUP Norr']);
  });
  it('keeps reading the table after a cell wrapped onto a lower-case row, and ends the list at "Agenda"', () => {
    const fields = head('Närvaro\nNamn Organisation Roll\nTyra Malm Åby kommun,\n\nsocialförvaltningen\nOrvar Lind Region Fjällby; BUP Norr\nFörhinder\nSaga Frell Åby kommun\nAgenda\n1. Start\n');
    expect(fields.map((f) => [f.kind, f.values])).toEqual([
      ['attendees', ['Tyra Malm, Åby kommun,', 'socialförvaltningen', 'Orvar Lind, Region Fjällby, BUP Norr']],
      ['absent', ['Saga Frell, Åby kommun']],
    ]);
  });
});

describe('a speck beside a list label on a scanned page', () => {
  it('does not set the value column, so the list\'s rows at the label column still belong to it', () => {
    const fields = parseHeadBlock([
      documentLine(1, ['Närvarande:', 'eo'], [100, 400]),
      documentLine(1, ['För arbetsgivaren:', 'Tyra Malm, personalchef'], [100, 400]),
      documentLine(1, ['Orvar Lind, controller'], [400]),
    ]);
    expect(fields).toEqual([{ kind: 'attendees', label: 'Närvarande', values: ['För arbetsgivaren: Tyra Malm, personalchef', 'Orvar Lind, controller'] }]);
  });
});

describe('OCR of a network\'s decisions', () => {
  it('goes on with a decision across OCR\'s blank row after a figure, when the next row is in lower case', () => {
    expect(decisions('Parterna är överens om att avtalet gäller från den 1\n\njanuari 2025.\n\nÖvrigt.')).toEqual(['Parterna är överens om att avtalet gäller från den 1 januari 2025.']);
  });
  it('ends a decision at a labelled row although OCR put a speck after its colon', () => {
    expect(decisions('Vi kom överens om att Orvar bokar lokalen:\nAnsvarig:.OL')).toEqual(['Vi kom överens om att Orvar bokar lokalen:']);
  });
});
