import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { documentLine } from '../../src/segment/document-lines.ts';
import { timedProgrammeHeadings, timedProgrammeStart } from '../../src/segment/timed-programme.ts';

const programme = [
  documentLine(1, ['08.30', 'Kaffe och smörgås']),
  documentLine(1, ['09.00', 'Inledning']),
  documentLine(1, ['', 'Ulla Grip, Ekmora kommun']),
  documentLine(1, ['09.40', 'Nya regler för strandskydd']),
  documentLine(1, ['10.20', 'Fika']),
  documentLine(1, ['10.40', 'Erfarenheter från Björkvik']),
  documentLine(1, ['12.00', 'Lunch']),
  documentLine(1, ['13.00', 'Grupparbete och avslutning']),
];

describe('a programme whose rows give only the time each part starts', () => {
  it('numbers the parts that are no break in the order printed', () => {
    const headings = timedProgrammeHeadings(programme);
    expect(headings.map((h) => [h.number, h.title])).toEqual([
      ['1', 'Inledning'],
      ['2', 'Nya regler för strandskydd'],
      ['3', 'Erfarenheter från Björkvik'],
      ['4', 'Grupparbete och avslutning'],
    ]);
  });

  it('reads a time and title that OCR ran into one cell, with a speck before the time', () => {
    const ocr = programme.map((l) => documentLine(1, [l.cells.join(' ').trim()]));
    ocr[3] = documentLine(1, ["'09.40 Nya regler för strandskydd"]);
    expect(timedProgrammeHeadings(ocr).map((h) => h.title)).toContain('Nya regler för strandskydd');
  });

  it('starts the day with the break before the first part', () => {
    expect(timedProgrammeStart(programme, timedProgrammeHeadings(programme))).toBe('08:30');
  });

  it('reads notes whose parts give the span each took, OCR\'s dash after the span aside', () => {
    const spans = [
      documentLine(1, ['09.00–09.20 — Inledning']),
      documentLine(1, ['Alma Berg hälsade välkommen.']),
      documentLine(1, ['09.20–10.30', 'Pass 1: Nuläget i Ekmora']),
      documentLine(1, ['10.30–10.45', 'Fika']),
      documentLine(1, ['10.45–12.00', 'Pass 2: Vägen framåt']),
      documentLine(1, ['12.00–12.30', 'Avslutning']),
    ];
    expect(timedProgrammeHeadings(spans).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Inledning'],
      ['2', 'Pass 1: Nuläget i Ekmora'],
      ['3', 'Pass 2: Vägen framåt'],
      ['4', 'Avslutning'],
    ]);
  });

  it('reads no programme from times that do not run forward', () => {
    const shuffled = [programme[5]!, programme[1]!, programme[3]!, programme[7]!];
    expect(timedProgrammeHeadings(shuffled)).toEqual([]);
  });

  it('reads no programme from fewer than four timed rows', () => {
    expect(timedProgrammeHeadings(programme.slice(0, 4))).toEqual([]);
  });

  it('leaves points that carry their own numbers to the numbered agenda', () => {
    const numbered = ['Kallelse', 'Datum: 3 mars 2025', '', '09.00\t1. Inledning', '09.30\t2. Budget', '10.00\t3. Lokaler', '10.30\t4. Övriga frågor'].join('\n');
    const minutes = segmentMinutes({ text: numbered }, { file: 'x', pages: 1 });
    expect(minutes.items.map((i) => i.title)).toEqual(['Inledning', 'Budget', 'Lokaler', 'Övriga frågor']);
  });

  it('calls a dated programme with no document word a kallelse that starts at its first row', () => {
    const text = ['Strandskyddsdag för Ekmora län', '', 'Datum: Tisdag 4 mars 2025', 'Plats: Ekmora folkets hus', '', ...programme.map((l) => l.cells.join('\t'))].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x', pages: 1 });
    expect(minutes.documentType).toBe('kallelse');
    expect(minutes.meeting?.start).toBe('08:30');
    expect(minutes.items).toHaveLength(4);
  });
});
