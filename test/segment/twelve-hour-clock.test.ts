import { describe, expect, it } from 'vitest';
import { withTwentyFourHourClock } from '../../src/segment/meridiem-times.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';
import { segment } from './by-field/segment-text.ts';

describe('reads the twelve-hour clock of older minutes', () => {
  it('reads "kl. 7.30 e.m." as 19:30 and "kl. 10 f.m." as 10:00', () => {
    expect(findTimeRange('tisdagen den 4 mars 1952 kl. 7.30 e.m.')).toMatchObject({ start: '19:30', end: null });
    expect(findTimeRange('kl. 10 f.m. i skolans bibliotek')).toMatchObject({ start: '10:00', end: null });
  });
  it('reads one "e.m." after a range for both of its ends, and keeps a start before noon that the afternoon would put after the end', () => {
    expect(findTimeRange('kl. 6–8.30 e.m.')).toMatchObject({ start: '18:00', end: '20:30' });
    expect(findTimeRange('kl. 11–2 e.m.')).toMatchObject({ start: '11:00', end: '14:00' });
  });
  it('reads a range whose ends each carry their own half of the day ("kl. 10 fm – 3 em")', () => {
    expect(findTimeRange('tisd. 14/3, kl. 10 fm – 3 em')).toMatchObject({ start: '10:00', end: '15:00' });
    expect(findTimeRange('kl. 11.30 f.m.–1 e.m. i matsalen')).toMatchObject({ start: '11:30', end: '13:00' });
  });
  it('reads "på kvällen" after the hour as the evening', () => {
    expect(findTimeRange('klockan 8 på kvällen')).toMatchObject({ start: '20:00' });
  });
  it('leaves "den 12 f.m." (förra månaden) and a bare day number alone', () => {
    expect(withTwentyFourHourClock('Er skrivelse den 12 f.m. har mottagits.').text).toBe('Er skrivelse den 12 f.m. har mottagits.');
  });
  it('keeps every index of the text where it was, and the stop of an "e.m." that ends a sentence', () => {
    const text = 'möte kl. 7 e.m. Sedan kaffe.';
    const rewritten = withTwentyFourHourClock(text).text;
    expect(rewritten).toHaveLength(text.length);
    expect(rewritten).toMatch(/^möte kl\. 19\s*\. Sedan kaffe\.$/u);
  });
  it('reads the place after an "e.m." time in a prose heading, and the closing time in the afternoon', () => {
    const m = segment(
      'ANTECKNINGAR\n\nfrån sammanträde med Fjällby hembygdsråd fredagen den\n14 mars 1952 kl. 7 e.m. i Fjällby skola.\n\nNärvarande: Tyra Malm, Ebbe Mulm och Vilja Trosk.\n\n1.  Föregående anteckningar\n    Lades till handlingarna.\n\n2.  Vårfesten\n    Beslöts att vårfesten hålles i maj.\n\nSammanträdet avslutades kl. 9.10 e.m.\n\nVid anteckningarna:\n\nEbbe Mulm',
    );
    expect(m.meeting).toEqual({ date: '1952-03-14', start: '19:00', end: '21:10', place: 'Fjällby skola' });
  });
});
