import { findDates } from './swedish-dates.ts';
import { findTimeRange } from './swedish-times.ts';

export interface DaySpan {
  date: string;
  start: string;
  end: string;
  /** The dates and times read, for what is left to be the place. */
  spans: { index: number; length: number }[];
}

const SPAN_DASH = /\s[–—-]\s|\s[–—-](?=\p{L})|\btill\b/u;

/**
 * "fredag 14 mars kl. 16.00 – lördag 15 mars 2025 kl. 14.00": a meeting over
 * two days (planning days, a network's internat) starts at the first day's
 * hour and ends at the last day's; the year, written once at the end, holds for
 * both days.
 */
export function findDaySpan(text: string, reference?: string | null): DaySpan | null {
  const written = findDates(text, reference);
  const anchor = [...written].reverse().find((d) => d.explicitYear)?.iso ?? reference ?? null;
  const dates = findDates(text, anchor);
  if (dates.length !== 2) return null;
  const [first, to] = dates as [(typeof dates)[0], (typeof dates)[0]];
  // The first day takes the last day's year, or the year before when the stay runs over the new year.
  const from = first.explicitYear ? first : { ...first, iso: withYearBefore(first.iso, to.iso) };
  if (to.iso <= from.iso) return null;
  const between = text.slice(from.index + from.length, to.index);
  const dash = SPAN_DASH.exec(between);
  if (!dash) return null;
  const opening = findTimeRange(between.slice(0, dash.index), { hoursOnly: true });
  const afterTo = to.index + to.length;
  const closing = findTimeRange(text.slice(afterTo), { hoursOnly: true });
  if (!opening || opening.end || !closing || closing.end) return null;
  // Only a time written straight after the last day, not one further on in a sentence about something else.
  if (/[.;]/u.test(text.slice(afterTo, afterTo + closing.index))) return null;
  return {
    date: from.iso,
    start: opening.start,
    end: closing.start,
    spans: [from, to, { index: from.index + from.length + opening.index, length: opening.length }, { index: afterTo + closing.index, length: closing.length }],
  };
}

function withYearBefore(day: string, last: string): string {
  const sameYear = `${last.slice(0, 4)}${day.slice(4)}`;
  return sameYear <= last ? sameYear : `${Number(last.slice(0, 4)) - 1}${day.slice(4)}`;
}
