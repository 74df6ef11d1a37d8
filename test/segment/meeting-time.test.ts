import { describe, expect, it } from 'vitest';
import { parseMeetingValue, parseNextMeeting } from '../../src/segment/meeting-time.ts';

describe('meeting time', () => {
  it('separates the place from a "Plats och tid" value', () => {
    expect(parseMeetingValue('Kommunhuset, sal A, onsdagen den 17 maj 2023 kl. 13.15–16.30', { withPlace: true })).toEqual({
      date: '2023-05-17',
      start: '13:15',
      end: '16:30',
      place: 'Kommunhuset, sal A',
    });
  });
  it('reads a place written after the time', () => {
    expect(parseMeetingValue('Onsdagen den 7 juni 2023 kl. 18.00, Gustavsbergs bibliotek', { withPlace: true }).place).toBe('Gustavsbergs bibliotek');
  });
  it('gives a next meeting the meeting year and its place after "i"', () => {
    expect(parseNextMeeting('den 14 september kl 13.00-15.00 i Haninge kommunhus.', '2023-03-09')).toEqual({
      date: '2023-09-14',
      start: '13:00',
      end: '15:00',
      place: 'Haninge kommunhus',
    });
  });
  it('is null when the next-meeting text has no date', () => {
    expect(parseNextMeeting('meddelas senare', '2023-03-09')).toBeNull();
  });
});

describe('meeting place beside a damaged date', () => {
  it('leaves no apostrophe speck after "den" on the end of the place', () => {
    expect(parseMeetingValue("Stadshuset, sal Ljusnan, tisdagen den'19 mars 2019 klockan 18.00-20.10", { withPlace: true }).place).toBe('Stadshuset, sal Ljusnan');
  });
  it('leaves specks OCR read in a table row\'s gap out of the front of the place', () => {
    expect(parseMeetingValue('2026-05-12 13.00-15.00 + > Rådhuset, rum Ängen', { withPlace: true }).place).toBe('Rådhuset, rum Ängen');
  });
});
