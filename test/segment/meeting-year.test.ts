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

describe('a time on its own row under a dated heading', () => {
  it('takes the start and end from the unlabelled row below the date', () => {
    const result = segmentMinutes({ text: ['Styrgruppsmöte 2021-09-07', 'kl. 10.00–11.15', 'Lokal: Rum 4', '', '1. Öppnande', 'Text.', '2. Avslutning', 'Text.'].join('\n') }, { file: 'x.txt', pages: 1 });
    expect(result.meeting).toMatchObject({ date: '2021-09-07', start: '10:00', end: '11:15' });
  });
  it('does not take a row of prose below the date for a time', () => {
    const result = segmentMinutes({ text: ['Styrgruppsmöte 2021-09-07', 'Mötet började 10 minuter sent.', '', '1. Öppnande', 'Text.', '2. Avslutning', 'Text.'].join('\n') }, { file: 'x.txt', pages: 1 });
    expect(result.meeting?.start ?? null).toBeNull();
  });
});

describe('a place in brackets after the time', () => {
  const meeting = (head: string[]) =>
    segmentMinutes({ text: [...head, '', '1. Öppnande', 'Text.', '2. Avslutning', 'Text.'].join('\n') }, { file: 'x.txt', pages: 1 }).meeting;
  it('takes "(Microsoft Teams)" after the time as the place when no place field is given', () => {
    expect(meeting(['Minnesanteckningar', 'Mötesdatum: 2021-05-20 09:00–10:00 (Microsoft Teams)'])?.place).toBe('Microsoft Teams');
  });
  it('does not take a weekday in brackets as the place', () => {
    expect(meeting(['Minnesanteckningar', 'Datum: 2021-05-20 (torsdag)'])?.place ?? null).toBeNull();
  });
});

describe('the end of a meeting from its closing sentence', () => {
  it('takes the end from "förklarade mötet avslutat kl. 20.45" when the head gives only the start', () => {
    const text = ['Protokoll', 'Datum: 2021-06-06', 'Tid: 19.00', '', '§ 1 Öppnande', 'Text.', '§ 2 Avslutning', 'Ordföranden förklarade mötet avslutat kl. 20.45.'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).meeting).toMatchObject({ start: '19:00', end: '20:45' });
  });
  it('keeps an end the head block gives', () => {
    const text = ['Protokoll', 'Datum: 2021-06-06', 'Tid: 19.00–20.00', '', '§ 1 Öppnande', 'Text.', '§ 2 Avslutning', 'Mötet avslutades kl. 20.10.'].join('\n');
    expect(segmentMinutes({ text }, { file: 'x.txt', pages: 1 }).meeting).toMatchObject({ end: '20:00' });
  });
});

describe('a year with a number after it', () => {
  it('takes the year from "Protokoll 2021:7"', () => {
    expect(meeting(['Protokoll 2021:7', 'Datum: onsdag 17/3', 'Tid: 19.00'])?.date).toBe('2021-03-17');
  });
});

describe('the year from the letter date of a kallelse', () => {
  const kallelse = (dated: string) =>
    segmentMinutes({ text: ['Kallelse', 'Sammanträdesdag: Tisdag 14 januari', 'Tid: kl. 13.00', '', 'Ärenden', '1. Val av justerare', '2. Budget', '', dated, '', 'Tyra Ek', 'Ordförande'].join('\n') }, { file: 'x.txt', pages: 1 }).meeting;
  it('dates a yearless meeting after the letter date at the end', () => {
    expect(kallelse('Märsta den 30 december 2024')?.date).toBe('2025-01-14');
  });
  it('uses the same year when the meeting comes later that year', () => {
    expect(kallelse('Märsta den 2 januari 2025')?.date).toBe('2025-01-14');
  });
});
