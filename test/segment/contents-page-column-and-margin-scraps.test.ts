import { describe, expect, it } from 'vitest';
import { documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { meetingTableAfterAgenda } from '../../src/segment/meeting-table-after-agenda.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);
const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('a föredragningslista set like a table of contents, and OCR scraps at its margins', () => {
  it('drops the page number OCR left after a title where the leaders were lost, under "Ärende | Sida"', () => {
    expect(headings('Ärende "Sida\n1. Val av justerare 2\n2. Budget för Ekvik ............ 3\n3. Taxor 7\n4. Övriga frågor ......... –')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Taxor'],
      ['4', 'Övriga frågor'],
    ]);
  });

  it('finishes the place on the row below before specks standing apart at the edge', () => {
    const m = run('KALLELSE\n\nStyrelsens sammanträde måndagen den 3 mars 2025 kl. 18.00 i församlingshemmet, Ekgatan 2,\nEkby. | |\n\n1. Val av justerare\n2. Budget\n3. Avslutning\n');
    expect(m.meeting?.place).toBe('församlingshemmet, Ekgatan 2, Ekby');
  });

  it('reads an accented letter alone after a title as a speck', () => {
    const m = run('KALLELSE\n\nDatum: 2025-03-03\n\n1. Lokaler\n1.1 Förskolan é\n1.2 Skolan\n2. Övrigt\n');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Lokaler'],
      ['1.1', 'Förskolan'],
      ['1.2', 'Skolan'],
      ['2', 'Övrigt'],
    ]);
  });

  it('does not go on with a title on a row whose scrap of letters stands before a capital', () => {
    const m = run('KALLELSE\n\nDatum: 2025-03-03\n\nPunkt 1 Öppnande\nPunkt 2 VD-rapport\neo Drift och personal\nPunkt 3 Avslutning\n');
    expect(m.items.map((i) => i.title)).toEqual(['Öppnande', 'VD-rapport', 'Avslutning']);
  });

  it('takes the place wrapped under a meeting table with a speck of its ruling in a cell of its own', () => {
    const lines = [
      documentLine(1, ['Datum', 'Tid', 'Plats']),
      documentLine(1, ['Måndag 3 mars 2025', '09.00', 'Kontoret, Ekby,']),
      documentLine(1, [':', 'styrelserummet']),
    ];
    const place = meetingTableAfterAgenda(lines, 0, 3)?.fields.find((f) => f.kind === 'place');
    expect(place?.values).toEqual(['Kontoret, Ekby, styrelserummet']);
  });
});

describe('a point with no documents in a list with a page column', () => {
  it('leaves the dash printed for its page out of its text', () => {
    const m = run('FÖREDRAGNINGSLISTA\n\nDatum: 2026-03-05\n\nÄrende\tSida\n1. Val av justerare ........\t2\n2. Budget ........\t3\n3. Övriga frågor ........\t–\n');
    expect(m.items.map((i) => [i.number, i.title, i.text])).toEqual([
      ['1', 'Val av justerare', ''],
      ['2', 'Budget', ''],
      ['3', 'Övriga frågor', ''],
    ]);
  });
});
