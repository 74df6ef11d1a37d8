import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../../src/segment/person.ts';
import { findDates } from '../../../src/segment/swedish-dates.ts';
import { decisions } from './segment-text.ts';

describe('a body named before the person and a comma', () => {
  it('reads "Region Jämtland, Ola Brink" and "Länsstyrelsen Dalarna, Siv Rapp" as the person with the body', () => {
    expect(parsePerson('Region Jämtland, Ola Brink')).toEqual({ name: 'Ola Brink', organisation: 'Region Jämtland', role: null });
    expect(parsePerson('Länsstyrelsen Dalarna, Siv Rapp')).toEqual({ name: 'Siv Rapp', organisation: 'Länsstyrelsen Dalarna', role: null });
  });
  it('still reads "Ola Brink, Region Jämtland" name first', () => {
    expect(parsePerson('Ola Brink, Region Jämtland')).toEqual({ name: 'Ola Brink', organisation: 'Region Jämtland', role: null });
  });
});

describe('day.month and a two-figure year, as Finland-Swedish notes shorten it', () => {
  it('reads "ons 9.4.25" and "från 12.3.25 godkändes" as dates', () => {
    expect(findDates('Datum: ons 9.4.25').map((d) => d.iso)).toEqual(['2025-04-09']);
    expect(findDates('Anteckningarna från 12.3.25 godkändes.').map((d) => d.iso)).toEqual(['2025-03-12']);
  });
  it('does not read a sub-point "2.1.10 Budget" or a clock time as a date', () => {
    expect(findDates('2.1.10 Budget')).toEqual([]);
    expect(findDates('kl. 14.30')).toEqual([]);
  });
});

describe('what a network concluded', () => {
  it('reads "Nätverket kom fram till att …" as a decision', () => {
    expect(decisions('Planeringen fortsätter. Nätverket kom fram till att övningen hålls i maj.')).toEqual(['Nätverket kom fram till att övningen hålls i maj.']);
  });
});
