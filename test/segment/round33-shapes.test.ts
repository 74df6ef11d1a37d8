import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-33 shapes', () => {
  it('reads four-figure times in a time value and after "kl."', () => {
    expect(findTimeRange('0830–1015', { hoursOnly: true })).toMatchObject({ start: '08:30', end: '10:15' });
    expect(findTimeRange('den 3 maj kl. 1400')).toMatchObject({ start: '14:00' });
    expect(findTimeRange('åren 2023–2024')).toBeNull();
  });
  it('reads the decision column of a table of points', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\n\nPunkt\tDiskussion\tBeslut\n1. Lokaler\tTvå förslag finns.\tFrågan bordläggs.\n2. Övrigt\tInget.\t–');
    expect(m.items.map((i) => [i.number, i.decisions])).toEqual([
      ['1', ['Frågan bordläggs.']],
      ['2', []],
    ]);
  });
  it('ends a decision at a label written in capitals', () => {
    expect(extractDecisions(linesFromText('BESLUT: Gruppen godkänner planen.\nÅTGÄRD: Eva bokar lokal.')[0]!)).toEqual(['Gruppen godkänner planen.']);
  });
  it('reads a run-in paragraph title before a colon', () => {
    expect(findItemHeadings(linesFromText('§ 4 Val av justerare: Ola Ek utses.\n§ 5 Budget\ntext')[0]!).map((h) => [h.number, h.title])).toEqual([
      ['4', 'Val av justerare'],
      ['5', 'Budget'],
    ]);
  });
});

describe('the header of a table of points with a discussion column', () => {
  it('ends the list of people above it', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nDeltagare: Eva Ek, Ola Berg\nPunkt Diskussion Beslut\n1. Lokaler\nText.\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Eva Ek', null],
      ['Ola Berg', null],
    ]);
  });
});
