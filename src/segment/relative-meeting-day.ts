import type { DateMatch } from './swedish-dates.ts';

// "Här kommer anteckningarna från gårdagens möte", "… från förrgårdagens träff", "… från dagens nätverksmöte": a letter
// that sends the notes names the meeting's day by the day it was written.
// "… från torsdagens möte": the last such weekday, on or before the day the letter was written.
const DAY_WORD_BEFORE_MEETING = /(?<!\p{L})(förrgårdagens|gårdagens|dagens|(?:sön|mån|tis|ons|tors|fre|lör)dagens)\s+(?:\p{Ll}+-?)?(?:möte|träff|sammanträde|sammankomst|workshop|planeringsdag|dialogmöte)(?!\p{L})/iu;
// "Vi träffades i går på Teams", "Tack för mötet igår!": the adverb in a sentence that speaks of the meeting.
// "… från mötet i tisdags": the last such weekday before the letter was written.
const DAY_ADVERB = /(?<!\p{L})(i\s*förrgår|i\s*går|i\s*dag|idag|i\s+(?:sön|mån|tis|ons|tors|fre|lör)dags)(?!\p{L})/iu;
const WEEKDAYS = ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'];
const MEETING_IN_SENTENCE = /(?<!\p{L})(?:mötet|möte|träffen|sammanträdet|träffades|sågs|möttes|sammanträdde)(?!\p{L})/iu;

const DAYS_BACK: Record<string, number> = { förrgårdagens: 2, gårdagens: 1, dagens: 0, iförrgår: 2, igår: 1, idag: 0 };

function daysBefore(iso: string, days: number): string {
  const day = new Date(`${iso}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}

/**
 * The meeting's day where a letter dates it only by when the letter was written ("gårdagens möte" in a mail sent
 * 2020-10-15 is 2020-10-14). The match spans the day's word and the meeting it names, so that what follows it
 * ("på Teams, kl. 13–15") reads as what follows a date.
 */
export function relativeMeetingDay(text: string, written: string | null): DateMatch | undefined {
  if (written === null) return undefined;
  const word = DAY_WORD_BEFORE_MEETING.exec(text);
  const adverb = word ? null : DAY_ADVERB.exec(text);
  const found = word ?? (adverb && MEETING_IN_SENTENCE.test(text) ? adverb : null);
  if (!found) return undefined;
  const key = found[1]!.toLowerCase().replace(/\s+/g, '');
  const past = /^i(\p{L}+)dags$/u.exec(key);
  const weekday = past ?? /^(\p{L}+)dagens$/u.exec(key);
  const sinceWeekday = weekday && WEEKDAYS.includes(weekday[1]!) ? (new Date(`${written}T12:00:00Z`).getUTCDay() - WEEKDAYS.indexOf(weekday[1]!) + 7) % 7 : null;
  // "i tisdags" written on a Tuesday is the Tuesday a week before; "tisdagens möte" then is that day's.
  const back = sinceWeekday === null ? DAYS_BACK[key]! : past ? sinceWeekday || 7 : sinceWeekday;
  return { iso: daysBefore(written, back), index: found.index, length: (word ? found[0] : found[1]!).length, explicitYear: true };
}
