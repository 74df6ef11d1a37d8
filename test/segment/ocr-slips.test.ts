import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { isDamagedWeekday } from '../../src/segment/swedish-dates.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

// Segmentation of text that OCR damaged in ways that recur on unseen scans: one letter of a weekday, a sign, a
// column read out of order.
describe('a weekday damaged by OCR', () => {
  it('dates "torsö. 29/1" (the abbreviation\'s last letter misread) in the year the title states', () => {
    const m = segment('Anteckningar 2027 – Kvistgruppen\n\nMöte torsö. 28/1 kl. 9–10.30, Kvistgården, rum Ljung\n\nNärvarande: Tyra Molk, Ebbe Grus\n\n1. Start\nText.\n\nNästa möte onsö. 24/2 kl. 9.');
    expect(m.meeting).toEqual({ date: '2027-01-28', start: '09:00', end: '10:30', place: 'Kvistgården, rum Ljung' });
    expect(m.nextMeeting?.date).toBe('2027-02-24');
  });
  it('reads a full weekday with one letter misread as a weekday, and not a short word a letter from an abbreviation', () => {
    expect(isDamagedWeekday('onsdaq')).toBe(true);
    expect(isDamagedWeekday('Torsdaqen')).toBe(true);
    expect(isDamagedWeekday('tisö.')).toBe(true);
    expect(isDamagedWeekday('tisö')).toBe(false);
    expect(isDamagedWeekday('mord.')).toBe(false);
    expect(isDamagedWeekday('månad')).toBe(false);
  });
  it('leaves a day and month after an ordinary word undated', () => {
    const m = segment('Anteckningar 2027 – Kvistgruppen\n\nMöte kvist. 28/1 kl. 9–10.30\n\n1. Start\nText.');
    expect(m.meeting?.date ?? null).toBeNull();
  });
});
