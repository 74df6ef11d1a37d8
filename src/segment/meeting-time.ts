import type { MeetingTime } from '../domain/index.ts';
import { findDaySpan } from './day-span.ts';
import { findDates } from './swedish-dates.ts';
import { findTimeRange } from './swedish-times.ts';

// "ons 12.11.2025", "Tis. 4/3": a weekday abbreviated before the date, as Finland-Swedish and quick notes write it.
const WEEKDAY = /\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en|ar)?\b|(?<![\p{L}])(?:mån|tis|ons|tors|tor|fre|lör|sön|må|ti|on|to|fr|lö|sö)\.?(?=\s+[\d\u0000])/giu;

/** What is left of a value once dates, times, weekdays and their glue words are cut out. */
function leftover(text: string, spans: { index: number; length: number }[]): string[] {
  let masked = text;
  for (const { index, length } of spans) {
    masked = masked.slice(0, index) + '\u0000'.repeat(length) + masked.slice(index + length);
  }
  return masked
    .replace(WEEKDAY, '\u0000')
    .split(/\u0000+/)
    .map((piece) =>
      piece
        // "tisdagen den'19 mars": OCR reads a speck of the gap as an apostrophe after the glue word.
        // "onsdagen den-12 juni": or the gap itself as a hyphen.
        .replace(/(^|\s)(?:den|kl\.?|klockan|från|mellan|datum|tid|,)['’`´-]*(?=\s|$)/giu, ' ')
        // "08.30-11.00 + > Nacka stadshus": specks OCR read in the gap of a table row before the place go with the gap.
        .replace(/^[\s,;:.–—+<>|'"`´‘’*•·-]+|[\s,;:–—-]+$/gu, '')
        .replace(/^(?:i|på)\s+/i, '')
        .replace(/[.]+$/, '')
        .trim(),
    )
    // "kl. 09.00–16.00 båda dagarna": which days the times hold for is no part of the place.
    .filter((piece) => /\p{L}{2,}/u.test(piece) && !DAYS_QUALIFIER.test(piece));
}

// The word that joins a second session to the first, and the day it is held on when that is another ("fredag",
// "fredag 8 november", "dag 2").
const SECOND_SESSION = /^\s*(?:,|;|och|samt|\+|&)\s*(?:((?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?|dag\s+2)\s*(?:den\s+)?(?:\d{1,2}\s*(?:\/\s*\d{1,2}|\p{L}{3,9}\.?)\s*)?,?\s*(?:kl\.?\s*)?)?/iu;

const DAYS_QUALIFIER = /^\(?(?:båda|bägge|alla|samtliga|respektive)\s+dag(?:ar|arna|en)?\)?$/iu;

/**
 * A "Plats och tid" or "Tid" value: "Kommunhuset, sal A, onsdagen den 17 maj
 * 2023 kl. 13.15–16.30" → date, start, end and, when `withPlace`, the place
 * (the text that is not part of the date or time).
 */
export function parseMeetingValue(text: string, options: { withPlace: boolean; reference?: string | null }): MeetingTime {
  const overDays = findDaySpan(text, options.reference);
  if (overDays) {
    const spans = [...overDays.spans].sort((a, b) => b.index - a.index);
    return { date: overDays.date, start: overDays.start, end: overDays.end, place: options.withPlace ? leftover(text, spans).join(', ') || null : null };
  }
  const date = findDates(text, options.reference)[0] ?? null;
  const time = findTimeRange(text, { hoursOnly: true });
  // "9.00–12.00 och 13.00–15.00": a meeting in two sessions ends when the second does.
  const rest = time ? text.slice(time.index + time.length) : '';
  // "torsdag 13.00–16.30, fredag 08.30–12.00": a meeting over two half-days ends when the second day's session does,
  // however early that session starts.
  const second = time?.end ? SECOND_SESSION.exec(rest) : null;
  const later = second ? findTimeRange(rest.slice(second[0].length), { hoursOnly: true }) : null;
  const end = later && later.index === 0 && later.end && (second![1] !== undefined || later.start! > time!.end!) ? later.end : (time?.end ?? null);
  // The word that joins the two sessions goes with the second: "och" is no part of the place.
  const spans = [date, time, later && later.index === 0 ? { index: time!.index + time!.length, length: second![0].length + later.length } : null].filter((s): s is NonNullable<typeof s> => s !== null);
  const place = options.withPlace ? leftover(text, spans).join(', ') || null : null;
  return { date: date?.iso ?? null, start: time?.start ?? null, end, place };
}

/**
 * A next-meeting sentence: "den 14 september kl 13.00-15.00 i Haninge
 * kommunhus". The year comes from the meeting date when missing; the place is
 * what follows "i"/"på" or a comma after the date and time.
 */
export function parseNextMeeting(text: string, reference: string | null): MeetingTime | null {
  const sentence = text.replace(/\s+/g, ' ').trim();
  const date = findDates(sentence, reference)[0] ?? null;
  if (!date) return null;
  const time = findTimeRange(sentence.slice(date.index));
  const timeEnd = time ? date.index + time.index + time.length : date.index + date.length;
  const after = sentence.slice(Math.max(timeEnd, date.index + date.length));
  let place: string | null = null;
  // "… kl. 10 f.m. å prästgården": older minutes write "å" for "på".
  const following = /^\s*(?:,\s*)?(?:(?:i|på|å)\s+)?([^.;]*?)\s*(?:[.;]|$)/u.exec(after);
  const candidate = following?.[1]?.replace(/^[,\s]+|[,\s]+$/g, '') ?? '';
  if (/^\p{Lu}/u.test(candidate) || /^(?:i|på|å)\s/.test(after.trim().replace(/^,\s*/, ''))) place = candidate || null;
  if (!place) {
    const before = sentence.slice(0, date.index);
    const m = /\b(?:i|på)\s+(\p{Lu}[^,.]*?)\s*(?:,\s*)?(?:den\s*)?$/u.exec(before.replace(WEEKDAY, '').trim());
    if (m) place = m[1]!.trim() || null;
  }
  return { date: date.iso, start: time?.start ?? null, end: time?.end ?? null, place };
}
