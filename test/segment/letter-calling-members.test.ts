import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const letter = (sentence: string) =>
  `GRANBY KOMMUN\tKALLELSE\nByggnadsnämnden\tDatum 1979-04-02\n\n\tTill ledamöter och ersättare\n\ti byggnadsnämnden\n\n${sentence}\n\nFöljande ärenden kommer att behandlas:\n\n1.  Val av justerare\n2.  Ansökan om byggnadslov för garage\n3.  Meddelanden\n\nMed vänlig hälsning\n\nOlle Tjärn\tAina Rask\nordf\tsekr`;

describe('a kallelse written as a letter that calls the members in a sentence', () => {
  it('dates the meeting by the sentence, not by the letter\'s own date in the head', () => {
    const m = segment(letter('Härmed kallas Ni till sammanträde med byggnadsnämnden onsdagen den 18 april 1979 kl 18.30 i kommunalhuset, lilla salen.')).meeting;
    expect([m?.date, m?.start, m?.place]).toEqual(['1979-04-18', '18:30', 'kommunalhuset, lilla salen']);
  });
  it('reads the sentence that names the members before the verb, too', () => {
    const m = segment(letter('Ledamöterna kallas härmed till sammanträde tisdagen den 24 april 1979 kl 19.00 i Folkets hus.')).meeting;
    expect([m?.date, m?.start]).toEqual(['1979-04-24', '19:00']);
  });
  it('keeps the letter\'s date when no sentence calls to a meeting', () => {
    const m = segment(letter('Handlingarna finns hos sekreteraren.')).meeting;
    expect(m?.date).toBe('1979-04-02');
  });
});
