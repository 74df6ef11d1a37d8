import { describe, expect, it } from 'vitest';
import { findTimeRange } from '../../src/segment/swedish-times.ts';

describe('swedish times', () => {
  it('counts an hour marked "e.m." from noon and leaves one marked "f.m." in the morning', () => {
    expect(findTimeRange('söndagen den 9 mars 1947 kl. 3 e.m. i skolan')).toMatchObject({ start: '15:00', end: null });
    expect(findTimeRange('kl. 7.30 e. m.')).toMatchObject({ start: '19:30' });
    expect(findTimeRange('kl. 11 f.m. å kommunalrummet')).toMatchObject({ start: '11:00', end: null, length: 'kl. 11 f.m.'.length });
    expect(findTimeRange('kl. 1–3 e.m.')).toMatchObject({ start: '13:00', end: '15:00' });
    expect(findTimeRange('kl. 10–2 e.m.')).toMatchObject({ start: '10:00', end: '14:00' });
    expect(findTimeRange('kl. 12 på eftermiddagen')).toMatchObject({ start: '12:00' });
  });
  it('reads a range after kl with dots', () => {
    expect(findTimeRange('kl 9.30-11.00')).toMatchObject({ start: '09:30', end: '11:00' });
  });
  it('reads an en-dash range after "kl."', () => {
    expect(findTimeRange('onsdagen den 17 maj 2023 kl. 13.15–16.30')).toMatchObject({ start: '13:15', end: '16:30' });
  });
  it('reads a colon time on its own', () => {
    expect(findTimeRange('Tid 13:00')).toMatchObject({ start: '13:00', end: null });
  });
  it('reads a time after "kl" whose stop OCR doubled ("kl..19.30")', () => {
    expect(findTimeRange('Onsdagen den 4 mars 2026 kl..19.30')).toMatchObject({ start: '19:30', end: null });
    expect(findTimeRange('kl..8.15–10.00')).toMatchObject({ start: '08:15', end: '10:00' });
  });
  it('reads OCR\'s "kI" as kl', () => {
    expect(findTimeRange('kI 9.00—12.00')).toMatchObject({ start: '09:00', end: '12:00' });
  });
  it('reads "kl 9: 30 ca 11. 30" (OCR lost the dash before "ca") as a range, but not "kl. 9.30 ca 2 timmar"', () => {
    expect(findTimeRange('mötet den 3 april -25, kl 9: 30 ca 11. 30')).toMatchObject({ start: '09:30', end: '11:30' });
    expect(findTimeRange('kl. 9.30 ca 2 timmar')).toMatchObject({ start: '09:30', end: null });
  });
  it('does not read an ISO date as a time', () => {
    expect(findTimeRange('2023-05-16')).toBeNull();
  });
});

describe('hour-only ranges', () => {
  it('reads "13–15" as a range where the value is labelled as a time', () => {
    expect(findTimeRange('4 oktober 2023, 13–15', { hoursOnly: true })).toMatchObject({ start: '13:00', end: '15:00' });
  });
  it('leaves "13–15" alone in running text', () => {
    expect(findTimeRange('paragraferna 13–15')).toBeNull();
  });
  it('reads a lone dotted time only when the value is labelled as a time', () => {
    expect(findTimeRange('14.00', { hoursOnly: true })).toMatchObject({ start: '14:00', end: null });
    expect(findTimeRange('ram på 14.00 miljoner')).toBeNull();
    expect(findTimeRange('2023.05.16', { hoursOnly: true })).toBeNull();
  });
});

describe('estimated end times', () => {
  it('reads an end given as "ca" after the dash', () => {
    expect(findTimeRange('kl. 14-ca 16')).toMatchObject({ start: '14:00', end: '16:00' });
  });
  it('reads "cirka" before an end with minutes', () => {
    expect(findTimeRange('kl 8.45 – cirka 10.30')).toMatchObject({ start: '08:45', end: '10:30' });
  });
  it('reads an estimated end in a value labelled as a time', () => {
    expect(findTimeRange('9–ca 12', { hoursOnly: true })).toMatchObject({ start: '09:00', end: '12:00' });
  });
});

describe('a range whose end OCR split after the separator', () => {
  it('reads "kl. 09.00-11. 30" as 09:00–11:30', () => {
    expect(findTimeRange('den 21 november kl. 09.00-11. 30 i Rådhuset')).toMatchObject({ start: '09:00', end: '11:30' });
  });
});
