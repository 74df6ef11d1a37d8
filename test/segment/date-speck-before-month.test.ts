import { describe, expect, it } from 'vitest';
import { parseSwedishDate } from '../../src/segment/swedish-dates.ts';
import { meetingOfNotes } from './by-field/segment-text.ts';

describe('a quote mark OCR read from a speck between the day and the month', () => {
  it('still reads the day and the month', () => {
    expect(parseSwedishDate('måndagen den 24 "februari 1986')).toBe('1986-02-24');
    expect(parseSwedishDate('tisdagen den 3 ”mars 1992')).toBe('1992-03-03');
  });
  it('gives the meeting its own day rather than the date the notes were written', () => {
    expect(meetingOfNotes('Skrivdatum 1991-05-08\nSammanträdesdag: onsdagen den 6 "maj 1991\nTid: kl 13.30')?.date).toBe('1991-05-06');
  });
  it('does not take a quoted word after a figure for a month', () => {
    expect(parseSwedishDate('punkt 4 "mars-paketet" diskuterades 2024', '2024-01-01')).toBeNull();
  });
});
