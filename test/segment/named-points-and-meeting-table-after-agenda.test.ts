import { describe, expect, it } from 'vitest';
import { documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findItemHeadings } from '../../src/segment/items.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);
const run = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('points named "Punkt N" and a meeting table after the agenda', () => {
  it('reads "Punkt 3" alone in its column as point 3, the title in the next column', () => {
    expect(headings('Dagordning\n\nPunkt 1\tÖppnande\nPunkt 2\tBudget för Ekvik\n\tUnderlag bifogas\nPunkt 3\tAvslutning')).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Avslutning'],
    ]);
  });

  it('reads a speck before the word and after the number as no part of the point', () => {
    expect(headings('Dagordning\n. Punkt 1 Öppnande\nPunkt 2\' Budget för Ekvik\nPunkt 3 Avslutning')).toEqual([
      ['1', 'Öppnande'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Avslutning'],
    ]);
  });

  it('reads a semicolon after a point number as its stop', () => {
    expect(headings('Ärenden\n\n1. Val av justerare\n2; Taxor för Ekvik\n3; Yttrande över plan\n4. Meddelanden')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Taxor för Ekvik'],
      ['3', 'Yttrande över plan'],
      ['4', 'Meddelanden'],
    ]);
  });

  it('reads decimal sub-points whose gap after the number OCR read as a dash or a speck', () => {
    expect(headings('1. Val av justerare\n2. Lokaler\n2.1 — Ny skola i Ekvik\n: 2.2 . Paviljonger\n3. Meddelanden')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Lokaler'],
      ['2.1', 'Ny skola i Ekvik'],
      ['2.2', 'Paviljonger'],
      ['3', 'Meddelanden'],
    ]);
  });

  it('takes the meeting from a date, time and place table after the agenda when the head names no day', () => {
    const m = run('Ekviks Energi AB\nStyrelsen\n\nKALLELSE TILL STYRELSEMÖTE\n\nPunkt 1\tÖppnande\nPunkt 2\tBudget\nPunkt 3\tNästa möte\nDatum Tid Plats .\n- Måndag 3 mars 2025 09.00—-11.00 Kontoret, Ekvik,\n: styrelserummet\n\nVälkomna!\n\nPer Holm\nordförande\n');
    expect(m.meeting).toEqual({ date: '2025-03-03', start: '09:00', end: '11:00', place: 'Kontoret, Ekvik, styrelserummet' });
    expect(m.items.map((i) => [i.number, i.text])).toEqual([
      ['1', ''],
      ['2', ''],
      ['3', ''],
    ]);
    expect(m.nextMeeting).toBeNull();
  });

  it('leaves a table under "Nästa möte" to the next meeting when the head gives the day', () => {
    const m = run('KALLELSE\n\nDatum: 2025-03-03\nTid: 09.00\n\n1. Öppnande\n2. Nästa möte\nDatum\tTid\tPlats\n2025-04-07\t09.00\tKontoret\n');
    expect(m.meeting?.date).toBe('2025-03-03');
    expect(m.nextMeeting?.date).toBe('2025-04-07');
  });
});

describe('a point number alone in its cell with OCR’s stop', () => {
  it('reads a semicolon or colon after a number alone in its cell as the stop, the title in the next cell', () => {
    const rows = [documentLine(1, ['1.', 'Val av justerare'], [190, 278]), documentLine(1, ['2;', 'Budget för Ekvik'], [189, 279]), documentLine(1, ['3:', 'Taxor'], [190, 281])];
    expect(findItemHeadings(rows).map((h) => [h.number, h.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Taxor'],
    ]);
  });
});

describe('a kallelse that gives its meeting on labelled rows after the agenda', () => {
  it('takes the meeting from "Tid:" and "Plats:" rows after the last point when the head names no day', () => {
    const m = run('Ekviks Båtklubb\n\nKALLELSE TILL STYRELSEMÖTE\n\nDagordning\n1. Öppnande\n2. Bryggorna\n3. Nästa möte\n\nTid: Onsdag 4 mars 2026 kl. 19.00\nPlats: Klubbhuset\n\nVälkomna!\nPer Holm\nordförande\n');
    expect(m.meeting).toEqual({ date: '2026-03-04', start: '19:00', end: null, place: 'Klubbhuset' });
    expect(m.items[2]!.text).toBe('');
    expect(m.nextMeeting).toBeNull();
  });

  it('reads the first point on the row of the agenda label, tabbed or with the tab closed', () => {
    expect(headings('Ärenden:\t1. Val av justeringsman.\n\t2. Protokoll.\n\t3. Övriga frågor.').map(([n]) => n)).toEqual(['1', '2', '3']);
    expect(headings('Ärenden: 1. Val av justeringsman.\n          2. Protokoll.\n          3. Övriga frågor.').map(([n]) => n)).toEqual(['1', '2', '3']);
  });
});

describe('a meeting table after the agenda headed "Datum och tid | Plats"', () => {
  it('cuts the day and its time from the place where OCR closed the gaps', () => {
    const m = run('Ekmarks pensionärsråd\n\nKALLELSE\n\nDagordning\n1. Öppnande\n2. Val av justerare\n3. Övriga frågor\n\nDatum och tid Plats\nOnsdag 8 juni 2022 kl. 13.00—-15.30 Regionhuset, sal Eken\n\nJonas Holm\nordförande\n');
    expect(m.meeting).toEqual({ date: '2022-06-08', start: '13:00', end: '15:30', place: 'Regionhuset, sal Eken' });
  });
});
