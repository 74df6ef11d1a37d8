import { describe, expect, it } from 'vitest';
import { findDates, inferYear, monthNumber, parseSwedishDate } from '../../src/segment/swedish-dates.ts';

describe('swedish dates', () => {
  it('reads a weekday-and-month date with its year', () => {
    expect(parseSwedishDate('Torsdagen den 9 mars 2023, kl 9.30-11.00')).toBe('2023-03-09');
  });
  it('reads an ISO date', () => {
    expect(parseSwedishDate('Sammanträdesdatum 2023-05-16')).toBe('2023-05-16');
  });
  it('takes the year of a day-slash-month date from the reference', () => {
    expect(parseSwedishDate('14/3', '2023-01-10')).toBe('2023-03-14');
  });
  it('rolls a January date after a December meeting into the next year', () => {
    expect(parseSwedishDate('den 12 januari kl 13', '2023-12-05')).toBe('2024-01-12');
    expect(inferYear(1, 12, '2023-12-05')).toBe(2024);
  });
  it('skips a date without a year when there is no reference', () => {
    expect(findDates('den 14 september')).toEqual([]);
  });
  it('does not read a case number as a date', () => {
    expect(findDates('Dnr KS 2023/118', '2023-05-01')).toEqual([]);
  });
  it('reads a day joined to its month by a hyphen, as OCR may read the space', () => {
    expect(parseSwedishDate('När: 7-april 2021 kl 10-12')).toBe('2021-04-07');
    expect(findDates('ett 2-rumskontor', '2021-01-01')).toEqual([]);
  });
  it('tolerates one OCR slip in a long month name', () => {
    expect(monthNumber('septernber')).toBeNull();
    expect(monthNumber('septemher')).toBe(9);
  });
});

describe('day-first dotted dates', () => {
  it('reads 16.5.2023 as 16 May, and leaves the time 8.30 alone', () => {
    expect(findDates('Tisdag 16.5.2023, kl. 8.30').map((d) => d.iso)).toEqual(['2023-05-16']);
  });
});

describe('a meeting over two days', () => {
  it('dates "12–13 juni" on its first day', () => {
    expect(findDates('12–13 juni (internat)', '2024-05-22')[0]?.iso).toBe('2024-06-12');
  });
  it('still reads a single day', () => {
    expect(findDates('den 13 juni', '2024-05-22')[0]?.iso).toBe('2024-06-13');
  });
});
