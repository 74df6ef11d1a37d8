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
});
