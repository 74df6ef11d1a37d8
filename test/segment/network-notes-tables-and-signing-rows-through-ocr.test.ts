import { describe, expect, it } from 'vitest';
import type { Line, Page } from '../../src/domain/index.ts';
import { closedRowCells } from '../../src/segment/closed-people-table-rows.ts';
import { documentLine } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { parsePerson } from '../../src/segment/person.ts';
import { isSignedName } from '../../src/segment/signer-names.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';
import { visualRows } from '../../src/segment/visual-rows.ts';
import { segment } from './by-field/segment-text.ts';

const POINTS = '\n\n1. Start\nText.\n\n2. Slut\nText.';

describe('whoever kept the notes, named under the list of the absent', () => {
  it('is an attendee with that function, in a label column', () => {
    const m = segment(`Minnesanteckningar\nStyrgruppen\n\nDatum\t2011-04-05\nDeltagare\tOrvar Lind, kanslichef\n\tTyra Malm, skolchef\nFörhinder\tSaga Frell, kulturchef\nAntecknare\tVilja Trosk${POINTS}`);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Orvar Lind', 'kanslichef'], ['Tyra Malm', 'skolchef'], ['Vilja Trosk', 'antecknare']]);
    expect(m.absent.map((p) => p.name)).toEqual(['Saga Frell']);
  });
  it('is an attendee too where OCR lost the tab after the label', () => {
    const m = segment(`Minnesanteckningar\nStyrgruppen\n\nDatum 2011-04-05\nDeltagare Orvar Lind, kanslichef\nFörhinder Saga Frell, kulturchef\nAntecknare Vilja Trosk${POINTS}`);
    expect(m.attendees.map((p) => p.name)).toContain('Vilja Trosk');
    expect(m.absent.map((p) => p.name)).toEqual(['Saga Frell']);
  });
});

describe('a people table of name, organisation and role', () => {
  it('keeps "Antecknare" in the role column as the role', () => {
    expect(parsePerson('Vilja Trosk, Region Fjällby, Antecknare')).toEqual({ name: 'Vilja Trosk', organisation: 'Region Fjällby', role: 'Antecknare' });
  });
  it('keeps a clinic or an archive in its definite form with the organisation, as no title', () => {
    expect(parsePerson('Saga Frell, Region Fjällby, barnkliniken')).toEqual({ name: 'Saga Frell', organisation: 'Region Fjällby, barnkliniken', role: null });
    expect(parsePerson('Orvar Lind, Åby kommun, stadsarkivet')?.role).toBeNull();
  });
  it('drops a figure or a small letter alone in a column gap, and goes on with the table after OCR\'s blank row', () => {
    const fields = parseHeadBlock([
      documentLine(1, ['Deltagare'], [200]),
      documentLine(1, ['Namn', 'Organisation', 'Roll'], [200, 560, 1200]),
      documentLine(1, ['Orvar Lind', '4', 'Åby kommun', 'Ordförande'], [200, 450, 560, 1200]),
      documentLine(1, ['Tyra Malm', 'Region Fjällby'], [200, 560]),
      documentLine(1, [], undefined),
      documentLine(1, ['Saga Frell', 'Region Fjällby', 'ö', 'Antecknare'], [200, 560, 850, 1200]),
      documentLine(1, [], undefined),
      documentLine(1, ['Förhinder'], [200]),
      documentLine(1, ['Ebbe Mulm', 'Åby kommun'], [200, 560]),
    ]);
    expect(fields.map((f) => [f.kind, f.values])).toEqual([
      ['attendees', ['Orvar Lind, Åby kommun, Ordförande', 'Tyra Malm, Region Fjällby', 'Saga Frell, Region Fjällby, Antecknare']],
      ['absent', ['Ebbe Mulm, Åby kommun']],
    ]);
  });
});

describe('a people table whose column gaps OCR closed', () => {
  it('drops a lone figure and a pair of small letters that make no word', () => {
    expect(closedRowCells('Orvar Lind 4 Åby kommun, socialtjänsten', ['namn', 'organisation'])).toEqual(['Orvar Lind', 'Åby kommun, socialtjänsten']);
    expect(closedRowCells('Tyra Malm . Region Fjällby oo Antecknare', ['namn', 'organisation', 'roll'])).toEqual(['Tyra Malm', 'Region Fjällby', 'Antecknare']);
  });
  it('reads the absent under their own heading in the same columns, and a wrapped one-word cell as the end of the row above', () => {
    const m = segment(`Minnesanteckningar\nStyrgruppen\n\nDatum: 2013-03-14\n\nDeltagare\nNamn Organisation\nOrvar Lind Åby kommun, vårdcentralen\nÅmål\nTyra Malm Region Fjällby\n\nFrånvarande\nSaga Frell Bergby kommun 5\nEbbe Mulm Kriminalvården, frivården Åby${POINTS}`);
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Orvar Lind', 'Åby kommun, vårdcentralen Åmål'], ['Tyra Malm', 'Region Fjällby']]);
    expect(m.absent.map((p) => [p.name, p.organisation])).toEqual([['Saga Frell', 'Bergby kommun'], ['Ebbe Mulm', 'Kriminalvården, frivården Åby']]);
  });
});

describe('signing rows that OCR read apart', () => {
  it('pairs a row of two roles and a row of two names read one cell a row, past blank rows and an action table\'s column heads', () => {
    const m = segment(`Minnesanteckningar\nStyrgruppen\n\nDatum: 2021-12-02\n\n1. Start\nText.\n\n2. Slut\nText.\n\nVid anteckningarna\n\nVem | När\n\nJusteras\n\nOrvar Lind\n\n\nTyra Malm\n`);
    expect(m.signatures).toEqual([
      { role: 'Vid anteckningarna', name: 'Orvar Lind' },
      { role: 'Justeras', name: 'Tyra Malm' },
    ]);
    expect(m.adjusters).toEqual(['Tyra Malm']);
  });
  it('pairs roles read one a row with the names\' row read whole, its gap closed', () => {
    const m = segment(`Minnesanteckningar\nStyrgruppen\n\nDatum: 2021-12-02\n\n1. Start\nText.\n\nVid anteckningarna\n\nJusteras\nOrvar Lind Tyra Malm\n`);
    expect(m.signatures).toEqual([
      { role: 'Vid anteckningarna', name: 'Orvar Lind' },
      { role: 'Justeras', name: 'Tyra Malm' },
    ]);
  });
  it('gives a row of two roles the names that OCR read a row each, past a blank row', () => {
    const m = segment(`Minnesanteckningar\nStyrgruppen\n\nDatum: 2021-12-02\n\n1. Start\nText.\n\nVid anteckningarna   Justeras\n\n\nOrvar Lind\n\nTyra Malm\n`);
    expect(m.signatures).toEqual([
      { role: 'Vid anteckningarna', name: 'Orvar Lind' },
      { role: 'Justeras', name: 'Tyra Malm' },
    ]);
    const dated = segment(`Minnesanteckningar\nStyrgruppen\n\nDatum: 2021-12-02\n\n1. Start\nText.\n\nVid anteckningarna   Justeras\nOrvar Lind\n\nÅby 2021-12-03\n`);
    expect(dated.signatures).toEqual([
      { role: 'Vid anteckningarna', name: 'Orvar Lind' },
      { role: 'Justeras', name: null },
    ]);
  });
  it('never takes an action table\'s column heads for a signer\'s name', () => {
    expect(isSignedName('Vem När')).toBe(false);
    expect(isSignedName('Vad Ansvarig')).toBe(false);
    expect(isSignedName('Orvar Lind')).toBe(true);
  });
});

// Words 18 px a letter, 10 px apart, 30 px high; a speck is a box of a few pixels.
function line(block: number, y: number, words: [string, number, number?][]): Line {
  const boxes = words.map(([text, x, size]) => ({ text, bbox: { x0: x, y0: y, x1: x + (size ?? text.length * 18), y1: y + (size ?? 30) }, confidence: 0.9 }));
  return { words: boxes, block, bbox: { x0: boxes[0]!.bbox.x0, y0: y, x1: boxes[boxes.length - 1]!.bbox.x1, y1: y + 30 } };
}

describe('a dot of dirt in a column gap on a scanned page', () => {
  it('does not open the next cell, so a signature row keeps its two roles', () => {
    const page: Page = {
      number: 1, width: 2480, height: 3508, source: 'ocr', rotation: 0, notes: [],
      lines: [line(0, 700, [['Justeras', 200], ['">', 805, 3], ['Vid', 841], ['anteckningarna', 905]])],
    };
    expect(visualRows(page).map((r) => r.cells)).toEqual([['Justeras', 'Vid anteckningarna']]);
  });
});

describe('a typewriter\'s sub-points and bold titles through OCR', () => {
  it('reads a sub-point whose number a double space parts from its title', () => {
    const m = segment('Minnesanteckningar\nStyrgruppen\n\nDatum: 1996-02-03\n\n1)  Ekonomi\nText.\n\n2)  Personal\n2.1  Tjänst i Åby\nVakant.\n2.2  Vikarier\nKlart.\n\n3)  Övrigt\nInget.');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '2.1', '2.2', '3']);
    expect(m.items[2]!.title).toBe('Tjänst i Åby');
  });
  it('joins a title\'s second row that OCR set apart with a blank row, when it opens with a conjunction', () => {
    const m = segment('Minnesanteckningar\nStyrgruppen\n\nDatum: 2008-09-15\n\n1. Samverkan med regionen om fritidsgården\n\noch skolbiblioteket :\nOrvar redovisade avtalet.\n\n2. Övrigt\nInget.');
    expect(m.items[0]!.title).toBe('Samverkan med regionen om fritidsgården och skolbiblioteket');
  });
  it('reads a spaced dash that OCR took for an equals sign between two clock times', () => {
    expect(findTimeRange('kl 08.30 = 11.45')).toMatchObject({ start: '08:30', end: '11:45' });
    const m = segment(`Minnesanteckningar\nStyrgruppen\n\nTid: Måndagen den 3 februari 1997, kl 08.30 = 11.45${POINTS}`);
    expect(m.meeting).toMatchObject({ date: '1997-02-03', start: '08:30', end: '11:45' });
  });
  it('takes off the accent OCR put on the e of a title', () => {
    expect(parsePerson('Tyra Malm, sekretérare')?.role).toBe('sekreterare');
    expect(parsePerson('René Lind, ekonom')?.name).toBe('René Lind');
  });
});
