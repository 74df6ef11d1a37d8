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

describe('a typed list whose clean numbers OCR read apart from the titles part of the way', () => {
  it('gives a run of numbers alone the titles right after it, one each, in order', () => {
    expect(headings('Ärenden\n1. Val av justerare\n\n2.\n3.\n4.\n\nBudget för Ekvik\nTaxa för avfall från\nden 1 juli\n\nÖvriga frågor\n\nMotioner\n\n1.\n\n2:\n\nMotion om badet\n\nMotion om bryggan')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Taxa för avfall från den 1 juli'],
      ['4', 'Övriga frågor'],
      ['1', 'Motion om badet'],
      ['2', 'Motion om bryggan'],
    ]);
  });

  it('leaves a run of numbers alone when fewer titles follow it', () => {
    const lines = linesFromText('1.\n2.\n3.\n\nBudget för Ekvik\n')[0]!;
    expect(withDamagedNumberColumn(lines)).toEqual(lines);
  });
});
