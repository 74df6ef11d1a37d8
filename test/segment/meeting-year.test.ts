import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const meeting = (head: string[]) =>
  segmentMinutes({ text: [...head, '', '1. Öppnande', 'Text.', '2. Avslutning', 'Text.'].join('\n') }, { file: 'x.txt', pages: 1 }).meeting;

describe('a meeting date printed without its year', () => {
  it('takes the year from a numbered protokoll heading', () => {
    expect(meeting(['Protokoll nr 4/2021', 'Datum: onsdag 17/3', 'Tid: 19.00'])?.date).toBe('2021-03-17');
  });
  it('takes the year from a dated line of the head block', () => {
    expect(meeting(['Styrelsemöte', 'Verksamhetsåret 2019', 'Tid: fredag 8 november kl 18'])?.date).toBe('2019-11-08');
  });
  it('leaves the date out when no year is stated anywhere in the head', () => {
    expect(meeting(['Styrelsemöte', 'Datum: onsdag 17/3', 'Tid: 19.00'])?.date ?? null).toBeNull();
  });
});
