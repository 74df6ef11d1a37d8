import { describe, expect, it } from 'vitest';
import { parseMeetingValue } from '../../src/segment/meeting-time.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('the place of a meeting', () => {
  it('follows "i" after the date on a prose row under the title, even without a time', () => {
    const m = segmentMinutes({ text: 'PROTOKOLL\nfört vid föreningsstämma\nden 3 maj 2022 i Folkets hus, lilla salen\n\n1. Öppnande\nText.' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.meeting).toMatchObject({ date: '2022-05-03', place: 'Folkets hus, lilla salen' });
  });
  it('leaves out which days the times hold for', () => {
    expect(parseMeetingValue('Rådhuset, kl. 10.00–15.00 bägge dagarna', { withPlace: true }).place).toBe('Rådhuset');
  });
});

describe('a room after the time on a dated title row', () => {
  it('reads one lower-case room in the definite form after a comma as the place', () => {
    const m = segmentMinutes({ text: 'Arbetslaget Tallbacken\nAnteckningar ons 5/3-25, kl 13.00-14.00, personalrummet\n\n1. Schema\nText.' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.meeting).toMatchObject({ date: '2025-03-05', start: '13:00', place: 'personalrummet' });
  });
  it('reads no adverb after the comma as a place', () => {
    const m = segmentMinutes({ text: 'Arbetslaget Tallbacken\nAnteckningar ons 5/3-25, kl 13.00-14.00, sedan\n\n1. Schema\nText.' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.meeting?.place ?? null).toBeNull();
  });
});

describe('a calendar\'s separator between the time and the place', () => {
  it('reads the place after a middle dot on the dated row under the title', () => {
    const m = segmentMinutes({ text: 'Mötesanteckningar\nArbetsgrupp Fjällvatten\nTisdag den 7 oktober 2025 09:00–10:00 · Microsoft Teams\n\n1. Start\nText.' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.meeting).toMatchObject({ date: '2025-10-07', start: '09:00', end: '10:00', place: 'Microsoft Teams' });
  });
  it('reads it after a middle dot in a date field too', () => {
    const m = segmentMinutes({ text: 'Mötesanteckningar\nArbetsgrupp Fjällvatten\nDatum: 2025-10-07 09:00–10:00 · Microsoft Teams\n\n1. Start\nText.' }, { file: 'x.txt', sha256: null, pages: 1 });
    expect(m.meeting?.place).toBe('Microsoft Teams');
  });
});
