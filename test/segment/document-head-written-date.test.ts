import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const minutes = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('the date in an authority\'s document head', () => {
  it('is the day the notes were written, so the date under "Tid" is the meeting\'s', () => {
    const m = minutes('MINNESANTECKNINGAR\n\tDatum\tDiarienummer\n\t2024-11-29\t700-4411-2024\n\nTid: tisdagen den 26 november 2024, kl. 10.00–11.30\nPlats: Residenset\n\n1. Inledning\nText.\n');
    expect(m.meeting).toMatchObject({ date: '2024-11-26', start: '10:00' });
  });
  it('still dates the meeting when nothing else does', () => {
    const m = minutes('MINNESANTECKNINGAR\nDatum\tDnr\n2024-11-29\t700-4411-2024\n\nPlats: Residenset\n\n1. Inledning\nText.\n');
    expect(m.meeting?.date).toBe('2024-11-29');
  });
});

describe('the document head read by OCR', () => {
  it('reads "Datum Diarienummer" over its values with the column gaps closed as the same head', () => {
    const m = minutes('MINNESANTECKNINGAR\nDatum Diarienummer\n2024-11-29 700-4411-2024\n\nTid: tisdagen den 26 november 2024, kl. 10.00–11.30\n\n1. Inledning\nText.\n');
    expect(m.meeting?.date).toBe('2024-11-26');
  });
});
