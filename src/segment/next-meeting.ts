import type { Item, MeetingTime } from '../domain/index.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import type { HeadField } from './head-field.ts';
import { parseNextMeeting } from './meeting-time.ts';
import { findDates } from './swedish-dates.ts';
import { matchLabel } from './labels.ts';
import { isStructural } from './structural-rows.ts';
import { nextFromSchedule, SCHEDULE_HEADING } from './meeting-schedule.ts';

// "Nästa möte", "Nästa ledningsgruppsmöte", "Nästa sammanträde äger rum", "Vi ses nästa gång", "Kommande möten".
// "Nästa skolråd:", "Nästa avstämning:": with a colon, any gathering named after "Nästa"; "Nästa ordinarie
// ledningsgrupp:", "Nästa digitala träff:" with a word in lower case that says which of them.
// "Next meeting:": the English label of a template made for an international project.
// "Nästa workshop hålls den …", "Nästa seminarium …": a group that meets as workshops names its next one so.
// "Nytt möte bokas till 14/3", "Vi träffas igen torsdag 8 februari", "Vi ses igen den …": the next meeting in a sentence.
// "Följande möte hålls ti 21.4": Finland-Swedish says "följande" for the next meeting; "Nästkommande möte:" is the longer word.
export const NEXT_MEETING = /\b(?:next\s+meeting(?=\s*:)|nytt\s+(?:möte|sammanträde)\s+(?:bokas|hålls|planeras|äger\s+rum)|(?:träffas|ses|möts)\s+igen|(?:nästa|nästkommande)\s+(?:\p{L}*(?:möte|sammanträde|träff|mötestillfälle|råd|rådsmöte|sammankomst|avstämning|workshop|seminarium)|ordinarie\s+möte|gång|(?:\p{Ll}+\s+)?\p{L}+(?=\s*:))|följande\s+(?:\p{L}*(?:möte|sammanträde|träff))|kommande\s+(?:\p{L}*(?:möten|träffar)|mötestider|mötesdatum|mötesdagar|sammanträden|sammanträdesdagar|möte))\b/iu;

// "Anmälan senast den 8 mars", "OSA senast 2/5", "Sista anmälningsdag 12 april": a deadline in the text under a point
// about the next meeting is the day to answer by, not the day the group meets.
const DEADLINE_SENTENCE = /[^.!?\n]*\b(?:senast|sista\s+(?:anmälningsdag|dag\s+för\s+anmälan))\b[^.!?\n]*[.!?]?/giu;

export function nextMeetingFrom(fields: HeadField[], lines: readonly DocumentLine[], items: Item[], reference: string | null): MeetingTime | null {
  for (const field of fields) {
    if (field.kind === 'nextMeeting' && field.values.length > 0) {
      const parsed = parseNextMeeting(field.values.join(' '), reference);
      if (parsed && !onMeetingDay(parsed, reference)) return parsed;
    }
  }
  for (const item of items) {
    if (NEXT_MEETING.test(item.title) || /^nästa\b/i.test(item.title)) {
      const scheduled = SCHEDULE_HEADING.test(item.title) ? nextFromSchedule(item.text.replace(DEADLINE_SENTENCE, ' ').split('\n'), reference) : null;
      if (scheduled) return scheduled;
      const parsed = parseNextMeeting(`${item.title.replace(NEXT_MEETING, '')} ${item.text.replace(DEADLINE_SENTENCE, ' ')}`, reference);
      if (parsed && !onMeetingDay(parsed, reference)) return parsed;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const m = NEXT_MEETING.exec(lines[i]!.text);
    if (!m) continue;
    const following: string[] = [];
    const rest = lines[i]!.text.slice(m.index + m[0].length);
    // "Nästa möte:" / "" / "2024-03-07 kl. 13.00": a label alone on its row, its value below after OCR's blank row.
    // "Nästa möte" / "" / "Tisdag 5 april …": a heading of its own, without the colon, as well.
    let from = i + 1;
    const labelAlone = lines[i]!.text.slice(0, m.index).trim() === '' && /^\s*:?\s*$/u.test(rest);
    if (labelAlone && lines[from] && isBlank(lines[from]!)) from++;
    // "Nästa möte" / "Datum | Tid | Plats" / "2024-02-06 | 8.30–10.30 | Rum 3": a row of column headings under the
    // heading names the cells of the row below it, which holds the meeting.
    if (labelAlone && lines[from] && isColumnHeadingRow(lines[from]!)) from++;
    if (SCHEDULE_HEADING.test(m[0])) {
      const scheduled = nextFromSchedule([rest, ...scheduleRows(lines, from)], reference);
      if (scheduled) return scheduled;
    }
    // "Frågan tas upp till nästa möte." in a sentence that ends on its row: the rows below are about other things.
    // Words must stand before the mention: "9. 'Nästa möte . :" is a numbered heading whose stops are OCR's specks.
    const mentionEnded = /\p{L}{2,}/u.test(lines[i]!.text.slice(0, m.index)) && /[.!?](?:\s|$)/u.test(rest) && findDates(rest, reference).length === 0;
    for (const next of mentionEnded ? [] : lines.slice(from, from + 2)) {
      if (isBlank(next) || isStructural(next)) break;
      following.push(next.text);
    }
    const parsed = parseNextMeeting([rest, ...following].join(' ').replace(DEADLINE_SENTENCE, ' '), reference);
    if (parsed && !onMeetingDay(parsed, reference)) return parsed;
  }
  return null;
}

/**
 * "Kommande möten" over "22/1", "19/3", "21/5" where the list still holds the day of these notes: that day is this
 * meeting, so the search goes on (to the rows OCR set apart from the heading's own text) instead of ending on it.
 */
function onMeetingDay(next: MeetingTime, reference: string | null): boolean {
  return reference !== null && next.date === reference;
}

/**
 * The rows of a list of dates under its heading, one meeting a row: up to the first row without a date once the
 * dates have begun, a structural row, or two blank rows (OCR leaves one between the printed rows).
 */
function scheduleRows(lines: readonly DocumentLine[], from: number): string[] {
  const rows: string[] = [];
  let blanks = 0;
  let dated = false;
  for (const line of lines.slice(from, from + 24)) {
    if (isBlank(line)) {
      if (++blanks >= 2) break;
      continue;
    }
    blanks = 0;
    if (isStructural(line)) break;
    const hasDigit = /\d/u.test(line.text);
    if (dated && !hasDigit) break;
    dated ||= hasDigit;
    rows.push(line.text);
  }
  return rows;
}

/** "Datum | Tid | Plats": a row of two or more cells, each of them a label alone ("Datum Tid Plats" where OCR closed the gaps). */
function isColumnHeadingRow(line: DocumentLine): boolean {
  const cells = line.cells.map((c) => c.trim()).filter(Boolean);
  const headings = cells.length === 1 ? cells[0]!.split(/\s+/u) : cells;
  return headings.length >= 2 && headings.every((c) => matchLabel(c)?.rest.trim() === '');
}

/**
 * "Punkt 10 | Nästa möte" over "Datum | Tid | Plats" and this meeting's own day: a next meeting read on the day of the
 * meeting itself is the meeting's own table after the agenda, never another meeting.
 */
export function nextMeetingOtherThan(next: MeetingTime | null, meeting: MeetingTime | null): MeetingTime | null {
  return next && meeting?.date && next.date === meeting.date ? null : next;
}
