import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { withDamagedNumberColumn } from '../../src/segment/damaged-number-column.ts';

const headings = (text: string) => findItemHeadings(withDamagedNumberColumn(linesFromText(text)[0]!)).map((h) => [h.number, h.title]);

describe('a typed agenda whose indented number column OCR read first and misread', () => {
  it('numbers the titles 1 to the last figure read when exactly that many follow', () => {
    expect(headings('Ärenden:\n1:\nve\n\n4.\n\nVal av justeringsman.\n\nProtokoll.\n\nAnsökan från Per Ek om tillstånd att\ninreda kiosk i Ekbacken.\n\nÖvriga frågor.\n\nFörfall anmäles till sekreteraren.')).toEqual([
      ['1', 'Val av justeringsman.'],
      ['2', 'Protokoll.'],
      ['3', 'Ansökan från Per Ek om tillstånd att inreda kiosk i Ekbacken.'],
      ['4', 'Övriga frågor.'],
    ]);
  });

  it('leaves the rows as read when fewer titles follow than the last figure says', () => {
    const lines = linesFromText('Ärenden:\n1:\nve\n5.\n\nVal av justeringsman.\n\nProtokoll.\n')[0]!;
    expect(withDamagedNumberColumn(lines)).toEqual(lines);
  });
});
