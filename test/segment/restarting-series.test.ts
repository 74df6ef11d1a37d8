import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const headings = (text: string) => findItemHeadings(linesFromText(text)[0]!).map((h) => [h.number, h.title]);

describe('series of council business that count from 1 again under their own heading', () => {
  it('reads motions and questions numbered from 1 under their headings as points after the agenda', () => {
    expect(headings('Ärenden\n\n1. Val av justerare\n2. Budget för Ekvik\n3. Taxor\n\nMotioner\n\n1. Motion av Eva Ek (c) om cykelvägar\n2. Motion av Per Holm (m) om badplatsen\n\nFrågor\n1. Fråga av Lo Berg (s) om skolskjutsar\n\nHandlingarna finns på kommunkontoret.')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Taxor'],
      ['1', 'Motion av Eva Ek (c) om cykelvägar'],
      ['2', 'Motion av Per Holm (m) om badplatsen'],
      ['1', 'Fråga av Lo Berg (s) om skolskjutsar'],
    ]);
  });

  it('leaves a list numbered from 1 under any other heading inside its point', () => {
    expect(headings('1. Val av justerare\n2. Budget för Ekvik\n3. Taxor\n\nFörslag\n1. Höjd taxa för vatten\n2. Oförändrad taxa för avfall')).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Budget för Ekvik'],
      ['3', 'Taxor'],
    ]);
  });
});

describe('the heading of a group of business between two points of an agenda', () => {
  it('closes the point above it and is no part of its text', () => {
    const m = segmentMinutes({ text: 'KALLELSE\n\nDatum: 2026-03-05\n\nBeslutsärenden\n1. Val av justerare\n2. Budget för Ekvik\n\nInformationsärenden\n3. Förvaltningschefen informerar\n\nMotioner\n1. Motion om badet\n' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.items.map((i) => [i.number, i.text])).toEqual([
      ['1', ''],
      ['2', ''],
      ['3', ''],
      ['1', ''],
    ]);
  });
});
