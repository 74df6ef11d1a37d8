import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('OCR of round-25 shapes', () => {
  it('reads a whole hour to a time with minutes across a doubled dash', () => {
    expect(findTimeRange('8—-9.45', { hoursOnly: true })).toMatchObject({ start: '08:00', end: '09:45' });
  });
  it('knows an agenda title again after OCR lost its dash', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\n\nAgenda\n1. Start\n2. Ekonomi - prognos\n\n1. Start\nAlla på plats.\n2. Ekonomi prognos\nBeslut: Gruppen godkänner prognosen.');
    expect(m.items.map((i) => [i.number, i.decisions])).toEqual([
      ['1', []],
      ['2', ['Gruppen godkänner prognosen.']],
    ]);
  });
  it('goes on with a run-in sentence, not the title, on the row below', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\n\n1. Öppnande. Ordföranden hälsade alla\nvälkomna.\n2. Avslut. Mötet avslutades.');
    expect(m.items.map((i) => i.title)).toEqual(['Öppnande', 'Avslut']);
  });
});
