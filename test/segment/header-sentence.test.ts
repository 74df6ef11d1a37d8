import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('a meeting given in a sentence under the title', () => {
  it('is read when blank rows separate every paragraph of the head, and the sentence wraps', () => {
    const text = [
      'Tallbo kommun',
      '',
      'Fritidsnämnden',
      '',
      'KALLELSE',
      '',
      'Ledamöterna kallas till sammanträde onsdagen den 6 mars 2024 kl. 17.30 i Tallbo',
      'kommunhus, rum Granen.',
      '',
      'Förslag till dagordning',
      '',
      '1. Sammanträdets öppnande',
      '2. Val av justerare',
    ].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.meeting).toEqual({ date: '2024-03-06', start: '17:30', end: null, place: 'Tallbo kommunhus, rum Granen' });
  });
});

describe('a meeting row under the title followed straight by a label', () => {
  it('keeps the place and does not read the labelled row into it', () => {
    const text = ['Minnesanteckningar – Nätverket för ekonomer', 'Möte 2024-02-06 kl. 13.00–14.00 i Teams', 'Närvarande: Ivar Ek (Salem), Greta Hed (Nacka)', '', '1. Start', 'Text.', '2. Slut', 'Text.'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).meeting?.place).toBe('Teams');
  });
});

describe('a time row with a doubled dash under a dated heading', () => {
  it('gives the meeting its start and end', () => {
    const text = ['Styrgruppsmöte 2024-04-16', '', 'kl. 13.00—-14.30', 'Lokal: Rum 4', '', '1. Start', 'Text.', '2. Slut', 'Text.'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).meeting).toMatchObject({ start: '13:00', end: '14:30' });
  });
  it('reads the house after the old "å" (for "på") before the weekday, and an hour marked "e.m." as afternoon', () => {
    const text = [
      'LINDÅSA FÖRSAMLING',
      'Kyrkorådet',
      '',
      'PROTOKOLL',
      '',
      'fört vid sammanträde med kyrkorådet å klockargården söndagen den 12 oktober 1952 kl. 3 e.m.',
      '',
      'Närvarande: Sven Holmér, ordförande, Greta Alm och Nils Fors.',
      '',
      '§ 1.',
      'Ordföranden förklarade sammanträdet öppnat.',
      '',
      '§ 2. Nästa sammanträde',
      'Nästa sammanträde hålles söndagen den 9 november 1952 kl. 11 f.m. å klockargården.',
    ].join('\n');
    const minutes = segmentMinutes({ text }, { file: 'x.txt', pages: 1 });
    expect(minutes.meeting).toEqual({ date: '1952-10-12', start: '15:00', end: null, place: 'klockargården' });
    expect(minutes.nextMeeting).toEqual({ date: '1952-11-09', start: '11:00', end: null, place: 'klockargården' });
  });
});
