import type { MeetingTime } from '../domain/index.ts';
import { parseNextMeeting } from './meeting-time.ts';
import { findDates } from './swedish-dates.ts';
import { findTimeRange } from './swedish-times.ts';

// "Kommande möten", "Kommande träffar", "Kommande sammanträdesdagar": a heading over the group's dates, often the whole
// year's plan copied from one set of notes to the next, so it may still list the dates already held.
export const SCHEDULE_HEADING = /\bkommande\s+(?:\p{L}*(?:möten|träffar)|mötestider|mötesdatum|mötesdagar|sammanträden|sammanträdesdagar)\b/iu;

interface ScheduledDate {
  iso: string;
  row: number;
  index: number;
}

/**
 * The dates of a schedule in the order printed. A date without a year is in the year of the date before it, or the
 * year after when it comes earlier in the calendar ("5 december", "23 januari"); the first is in the meeting's year.
 */
function scheduledDates(rows: readonly string[], reference: string): ScheduledDate[] {
  const dates: ScheduledDate[] = [];
  let previous: string | null = null;
  rows.forEach((row, index) => {
    for (const found of findDates(row, reference)) {
      let iso = found.iso;
      if (!found.explicitYear) {
        const year = Number((previous ?? reference).slice(0, 4));
        iso = `${year}${found.iso.slice(4)}`;
        if (previous && iso < previous) iso = `${year + 1}${found.iso.slice(4)}`;
      }
      dates.push({ iso, row: index, index: found.index });
      previous = iso;
    }
  });
  return dates;
}

/**
 * The next meeting in a list of several dates: the first one after the meeting's own day, with the time and place of
 * its own row, or the time printed for all of them above the list ("samtliga kl. 13.15–15.45"). Null when the rows
 * hold fewer than two dates (not a list).
 */
export function nextFromSchedule(rows: readonly string[], reference: string | null): MeetingTime | null {
  if (!reference) return null;
  const dates = scheduledDates(rows, reference);
  if (dates.length < 2) return null;
  // Every date passed: the list is next year's, begun on a date this year has already had ("14 januari" in December).
  const next = dates.find((d) => d.iso > reference) ?? rolledOver(dates[0]!, rows, reference);
  if (!next) return null;
  const own = dates.filter((d) => d.row === next.row).length === 1 ? parseNextMeeting(rows[next.row]!, reference) : null;
  const first = dates[0]!;
  const sharedTime = findTimeRange([...rows.slice(0, first.row), rows[first.row]!.slice(0, first.index)].join(' '));
  return {
    date: next.iso,
    start: own?.start ?? sharedTime?.start ?? null,
    end: own?.start ? (own.end ?? null) : (sharedTime?.end ?? null),
    place: own?.place ?? null,
  };
}

function rolledOver(first: ScheduledDate, rows: readonly string[], reference: string): ScheduledDate | null {
  const own = findDates(rows[first.row]!, reference)[0];
  return own && own.iso > reference ? { ...first, iso: own.iso } : null;
}
