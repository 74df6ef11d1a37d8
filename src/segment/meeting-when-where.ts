import type { MeetingTime } from '../domain/index.ts';
import { documentTypeOfHeading } from './document-kind.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import type { HeadField } from './head-block.ts';
import { matchLabel } from './labels.ts';
import { parseMeetingValue, parseNextMeeting } from './meeting-time.ts';
import { NEXT_MEETING } from './next-meeting.ts';
import { findRunningLines } from './running-lines.ts';
import { isStructural } from './structural-rows.ts';
import { type DateMatch, findCompactDate, findDates, isDamagedWeekday } from './swedish-dates.ts';
import { findTimeRange } from './swedish-times.ts';

/**
 * "Minnesanteckningar 2024-03-12 | Sida 1 av 2": a template that dates the minutes only in its running header or
 * footer. One date, the same on every page, is the meeting's; several dates there say nothing certain.
 */
function runningDate(pages: DocumentLine[][]): string | null {
  const running = findRunningLines(pages);
  const dates = new Set(pages.flatMap((page, p) => page.filter((_, i) => running[p]![i]).flatMap((line) => findDates(line.text).filter((d) => d.explicitYear).map((d) => d.iso))));
  return dates.size === 1 ? [...dates][0]! : null;
}

export function withRunningDate(meeting: MeetingTime | null, pages: DocumentLine[][]): MeetingTime | null {
  if (meeting?.date) return meeting;
  const date = runningDate(pages);
  return date === null ? meeting : { date, start: meeting?.start ?? null, end: meeting?.end ?? null, place: meeting?.place ?? null };
}

// "Ordföranden förklarade mötet avslutat kl. 20.45", "Mötet avslutades kl 16.10".
// "Ordföranden … avslutar mötet kl. 20.05", "Sammanträdet avslutas kl. 16.40": minutes written in the present tense.
// "Mötet förklarades avslutat kl. 16.48": the passive of the chair's formula.
// "Mötet avslutades 14.40.": the time with its minutes needs no "kl." before it.
// "… och avslutade stämman kl. 14.20": an association's or road society's meeting is a stämma.
const CLOSING_TIME = /\b(?:mötet\s+(?:avslutades|avslutat|avslutas|slutade|upplöstes|förklara(?:des|s)\s+avslutat)|sammanträdet\s+(?:avslutades|avslutat|avslutas|förklara(?:des|s)\s+avslutat)|(?:stämman|årsstämman|årsmötet)\s+(?:avslutades|förklarades\s+avslutad)|förklara(?:de|r)\s+(?:mötet|sammanträdet|stämman|årsmötet)\s+avslutad?|avsluta(?:de|r)\s+(?:mötet|sammanträdet|stämman|årsstämman|årsmötet))\b[^.]{0,20}?(?:\bkl(?:ockan|\.)?\s*|(?<=\s))(\d{1,2}[.:]\s?\d{2})(?!\d)/iu;

/**
 * "1. Upprop och val av justerare | 18.00": an agenda with each point's time in a right-hand column starts with the
 * first point, when nothing else gives the start.
 */
export function withAgendaStart(meeting: MeetingTime | null, lines: readonly DocumentLine[], headings: readonly { line: number }[]): MeetingTime | null {
  if (!meeting?.date || meeting.start || headings.length < 2) return meeting;
  const timeCell = (k: number) => {
    const cells = lines[headings[k]!.line]!.cells;
    return cells.length >= 2 && /^\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*$/iu.test(cells[cells.length - 1]!) ? cells[cells.length - 1]! : null;
  };
  const first = timeCell(0);
  // The second point's time too, so that a lone figure beside one title is not taken for the start.
  if (!first || !timeCell(1)) return withTimeColumnReadLast(meeting, lines, headings);
  return { ...meeting, start: findTimeRange(first, { hoursOnly: true })?.start ?? null };
}

const TIME_COLUMN_HEADING = /^\s*(?:tid|klockan|kl\.?)\s*$/iu;
const CLOCK_ONLY = /^\s*(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})\s*$/iu;

/**
 * "Ärende" / "1. Upprop …" … "4. Delegationsbeslut" / … / "Tid" / "18.00" / "18.05" / "18.40": the column of the points'
 * times that OCR read after the rest of the page, under its heading. Two or more rising times, no more than there are
 * points, give the start.
 */
function withTimeColumnReadLast(meeting: MeetingTime, lines: readonly DocumentLine[], headings: readonly { line: number }[]): MeetingTime {
  const after = lines.slice(headings[headings.length - 1]!.line + 1);
  const at = after.findIndex((line) => line.cells.length === 1 && TIME_COLUMN_HEADING.test(line.text));
  if (at === -1) return meeting;
  const times: number[] = [];
  for (const line of after.slice(at + 1)) {
    if (isBlank(line)) continue;
    const m = CLOCK_ONLY.exec(line.text);
    if (!m) break;
    times.push(Number(m[1]) * 60 + Number(m[2]));
  }
  if (times.length < 2 || times.length > headings.length || times.some((t, k) => k > 0 && t < times[k - 1]!)) return meeting;
  const first = String(Math.floor(times[0]! / 60)).padStart(2, '0');
  return { ...meeting, start: `${first}:${String(times[0]! % 60).padStart(2, '0')}` };
}

// "Sammanträdet hålls tisdagen den 21 november 2023 kl. 18.00 i Vaxholms stadshus, sal Kronan.": the meeting announced in
// a sentence of its own, wherever the kallelse prints it.
// "Kommunfullmäktige sammanträder i Kulturhuset, … onsdagen den 13 december 2023 kl. 19.00.": the kungörelse's sentence.
const ANNOUNCES_MEETING = /\b(?:(?:sammanträdet|mötet|sammankomsten|träffen)\s+(?:hålls|äger\s+rum|börjar)|sammanträder\s+(?:i|på)\s)/iu;

/** A document whose head gives no date is dated by a sentence that announces the meeting. */
export function announcedMeeting(meeting: MeetingTime | null, lines: readonly DocumentLine[]): MeetingTime | null {
  if (meeting?.date) return meeting;
  for (const [i, line] of lines.entries()) {
    const m = ANNOUNCES_MEETING.exec(line.text);
    if (!m || NEXT_MEETING.test(line.text)) continue;
    // The sentence may wrap onto the next row.
    const following = lines[i + 1] && !isBlank(lines[i + 1]!) && !/[.!]\s*$/u.test(line.text) ? ` ${lines[i + 1]!.text.trim()}` : '';
    const sentence = `${line.text.slice(m.index)}${following}`;
    const parsed = parseNextMeeting(sentence, null);
    const dateAt = findDates(sentence)[0]?.index ?? 0;
    const placeBefore = PLACE_BEFORE_DATE.exec(sentence.slice(0, dateAt))?.[1] ?? null;
    if (parsed?.date) return { ...parsed, place: parsed.place?.replace(/[.\s]+$/u, '') || placeBefore || meeting?.place || null };
  }
  return meeting;
}

// "Mötet öppnades kl. 14.00 av ordföranden", "Ordföranden öppnade sammanträdet kl 18.05".
// "Ordföranden … öppnar mötet kl. 18.35", "Mötet öppnas kl. 9.02": minutes written in the present tense.
// A letter may not stand before the verb ("\\b" would not see the "ö" of "öppnade" as one).
// "Mötet förklarades öppnat kl. 15.02": the passive of the chair's formula.
const OPENING_TIME = /(?<!\p{L})(?:(?:mötet|sammanträdet|stämman|årsmötet)\s+(?:öppna(?:des|s)|förklara(?:des|s)\s+öppna[td])|öppna(?:de|r)\s+(?:mötet|sammanträdet|stämman|årsmötet)|förklara(?:de|r)\s+(?:mötet|sammanträdet)\s+öppnat)\b[^.]{0,20}?\bkl(?:ockan|\.)?\s*(\d{1,2}[.:]\s?\d{2})/iu;

/** Each row's text, with the next row's after a row that breaks off at "kl." ("… avslutade mötet kl." / "19.40."). */
function withWrappedClock(lines: readonly DocumentLine[]): string[] {
  return lines.map((line, i) => (/\bkl(?:ockan|\.)?\s*$/iu.test(line.text) && lines[i + 1] ? `${line.text} ${lines[i + 1]!.text.trim()}` : line.text));
}

/** A dated meeting whose head block gives no time started when the minutes say it was opened. */
export function withOpeningTime(meeting: MeetingTime | null, lines: readonly DocumentLine[]): MeetingTime | null {
  if (!meeting?.date || meeting.start) return meeting;
  for (const text of withWrappedClock(lines)) {
    const m = OPENING_TIME.exec(text);
    const start = m ? findTimeRange(`kl ${m[1]!.replace(/\s/g, '')}`)?.start ?? null : null;
    if (start) return { ...meeting, start };
  }
  return meeting;
}

/** A meeting whose end the head block does not give ends when the minutes say it was closed. */
export function withClosingTime(meeting: MeetingTime | null, lines: readonly DocumentLine[]): MeetingTime | null {
  if (!meeting?.start || meeting.end) return meeting;
  for (const text of withWrappedClock(lines)) {
    const m = CLOSING_TIME.exec(text);
    const end = m ? findTimeRange(`kl ${m[1]!.replace(/\s/g, '')}`)?.start ?? null : null;
    if (end && end > meeting.start) return { ...meeting, end };
  }
  return meeting;
}

/**
 * What a day and month without a year are dated against: the year the head block states (from its first
 * day), or else the first fully dated line of the document ("Märsta den 13 augusti 2024" under a
 * kallelse), after which the meeting falls, rolling over at the new year.
 */
export function yearReference(headLines: readonly DocumentLine[], lines: readonly DocumentLine[]): string | null {
  const year = headYear(headLines);
  if (year !== null) return `${year}-01-01`;
  for (const line of lines) {
    const dated = findDates(line.text).find((d) => d.explicitYear);
    if (dated) return dated.iso;
  }
  return null;
}

/**
 * The year a head block states apart from its meeting date ("Protokoll nr
 * 7/2023", "Verksamhetsåret 2023", a dated heading), for a meeting date
 * printed without one ("tisdag 3/10").
 */
export function headYear(headLines: readonly DocumentLine[]): number | null {
  for (const line of headLines) {
    const dated = findDates(line.text).find((d) => d.explicitYear);
    if (dated) return Number(dated.iso.slice(0, 4));
    // "Protokoll nr 7/2023", "Protokoll 2024:7": a number within the year, before or after it.
    const m = /(?<![\d.:,-])(?:\d{1,3}\s*\/\s*)?((?:19|20)\d{2})(?!\d|[.,]\d|\s*(?:kr|kronor|st|personer)\b)/u.exec(line.text);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * `year` is a date the day and month of the meeting take their year from. From the head ("Protokoll nr 7/2023") it only
 * names the year; from the body (`before`) it is a day the minutes were printed, signed or planned on, which the
 * meeting they record came before ("Datum: tisdag 7/10" over "Utskriftsdatum 2025-10-08" is 2025-10-07, not 2026).
 */
export function meetingFrom(fields: HeadField[], header: MeetingTime | null, year: string | null = null, before = false): MeetingTime | null {
  const meeting: MeetingTime = { date: null, start: null, end: null, place: null };
  const valueOf = (field: HeadField) =>
    field.values
      .map((v, k) => (k > 0 ? v.replace(/^[^\p{L}\d]+/u, '') : v).replace(/(^|\s)[|=_~"'“”»«]+(?=\s|$)/g, ' ').trim())
      .filter(Boolean)
      .join(field.kind === 'place' ? ', ' : ' ');
  for (const field of fields) {
    // Rows of one value wrap mid-phrase ("… 2023 kl." / "13.15–16.40"); OCR adds speckles between them.
    const value = field.values
      // A wrapped row starts with the rest of the value; punctuation before it is a speckle ("- » februari 2023").
      .map((v, k) => (k > 0 ? v.replace(/^[^\p{L}\d]+/u, '') : v).replace(/(^|\s)[|=_~"'“”»«]+(?=\s|$)/g, ' ').trim())
      .filter(Boolean)
      .join(field.kind === 'place' ? ', ' : ' ');
    if (!value) continue;
    // "Sluttid: 14.30": the time a template's end field gives is when the meeting ended.
    if (field.label === 'Sluttid') {
      meeting.end ??= parseMeetingValue(value, { withPlace: false }).start ?? null;
      continue;
    }
    if (field.kind === 'placeTime' || field.kind === 'time' || field.kind === 'date') {
      const parsed = parseMeetingValue(value, { withPlace: field.kind === 'placeTime' });
      meeting.date ??= parsed.date ?? null;
      meeting.start ??= parsed.start ?? null;
      meeting.end ??= parsed.end ?? null;
      meeting.place ??= parsed.place ?? null;
    } else if (field.kind === 'place') {
      const parsed = parseMeetingValue(value, { withPlace: true });
      meeting.place ??= parsed.place ?? null;
      meeting.date ??= parsed.date ?? null;
      meeting.start ??= parsed.start ?? null;
      meeting.end ??= parsed.end ?? null;
    }
  }
  // "Mötesdatum: 2024-05-20 09:00–10:00 (Microsoft Teams)": with no place field, a place in brackets after the time.
  if (meeting.place === null && !fields.some((f) => f.kind === 'place' || f.kind === 'placeTime')) {
    for (const field of fields.filter((f) => f.kind === 'date' || f.kind === 'time')) {
      const bracket = /\((\p{Lu}[^()\d]{2,60})\)\s*$/u.exec(valueOf(field));
      if (bracket && !/^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vecka)/iu.test(bracket[1]!)) meeting.place = bracket[1]!.trim();
      // "Sammanträde: 2025-04-09, kl. 13.15–16.00, folkhögskolans bibliotek": the place after the time and a comma or "i".
      const value = valueOf(field);
      const time = findTimeRange(value, { hoursOnly: true });
      const after = time ? /^(?:\s*,\s*|\s+(?:i|på)\s+)(\p{L}[^\d()]{2,60}?)\s*\.?$/u.exec(value.slice(time.index + time.length)) : null;
      if (meeting.place === null && after && after[1]!.split(/\s+/).length <= 8 && !/^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vecka|med|inkl|samt|och|ca|cirka)\b/iu.test(after[1]!)) meeting.place = after[1]!.trim();
    }
  }
  // "Kallelse 2024-02-01" over "Datum: torsdag 15/2": a labelled field's day and month are the meeting's; the date at
  // the top, the day the letter went out, gives only their year.
  if (meeting.date === null && header?.date) {
    const dated = fields.filter((f) => f.kind === 'date' || f.kind === 'time' || f.kind === 'placeTime');
    meeting.date = dated.map((f) => findDates(valueOf(f), header.date)[0]?.iso).find(Boolean) ?? null;
  }
  meeting.date ??= header?.date ?? null;
  if (meeting.date === null && year !== null) {
    // A day and month alone take the year the head block states elsewhere.
    const dated = fields.filter((f) => f.kind === 'date' || f.kind === 'time' || f.kind === 'placeTime');
    meeting.date = dated.map((f) => findDates(valueOf(f), year)[0]?.iso).find(Boolean) ?? null;
    if (before && meeting.date !== null && meeting.date > year) meeting.date = `${Number(meeting.date.slice(0, 4)) - 1}${meeting.date.slice(4)}`;
  }
  // The header line's time and place count only when the head block had no time of its own.
  if (header && header.date === meeting.date && meeting.start === null) {
    meeting.start = header.start ?? null;
    meeting.end = header.end ?? null;
    meeting.place ??= header.place ?? null;
  }
  return Object.values(meeting).some((v) => v !== null) ? meeting : null;
}

// "kl. 13.00—-14.30": OCR doubles the dash.
// "kl. 08.15-09.00 |": a speck after the time.
// "Kl. 9.00-12.00, Fritidsgården Hörnan", "kl. 19.00 i föreningens kontor.": a row that opens with "kl" (OCR: "KI") and a time, then a place.
const TIME_THEN_PLACE_ROW = /^\s*(?:k[l1I|]\.?|klockan)['’‘`]?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[–—-]+\s*\d{1,2}(?:[.:]\d{2})?)?\s*(?:,|i\s|på\s)\s*\S/iu;
const TIME_ONLY_ROW = /^\s*(?:tid:?\s*)?(?:kl\.?|klockan)?\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[–—-]+\s*(?:ca\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?\s*[|:;,.]?\s*$/iu;

/**
 * A date printed in the page header ("Sammanträdesdatum 2023-05-16") or on an
 * unlabelled line near the title ("Tisdag 16.5.2023, kl. 8.30 – 10", "… möte
 * 13 juni 2023, kl 13.00 - 15.00, Ekebyhovs slott"), with the time and a
 * place that trails the time on that line.
 */
// "tisdag 3/10", "tis. 3/10", "torsdagen den 5 oktober": a weekday names the day that follows, so a day and month
// after it are a date even where the year is printed elsewhere.
// "torsd. 29/1", "onsd. 4/3": the longer abbreviations with the day's consonant kept.
// "torsö. 29/1": OCR's reading of that consonant; any one letter after the day's stem, before the stop, abbreviates it.
const WEEKDAY_BEFORE = /\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|(?:mån|tis|ons|tors|fre|lör|sön)\p{Ll}\.|månd|tisd|onsd|torsd|fred|lörd|sönd|mån|tis|ons|tors?|fre|lör|sön)(?:en)?\.?(?:\s+den)?\s*$/iu;
// "onsdaq 4/3", "torsdaqen den 5 mars": a weekday written out with one letter misread by OCR still names the day.
const WORD_BEFORE_DATE = /(?<![\p{L}\d])(\p{L}{4,9}\.?)(?:\s+den)?\s*$/u;

function weekdayBefore(text: string): boolean {
  if (WEEKDAY_BEFORE.test(text)) return true;
  const word = WORD_BEFORE_DATE.exec(text)?.[1];
  return word !== undefined && isDamagedWeekday(word);
}

// "Anteckningar från mötet den 28 februari": the meeting named before its day and month, as a weekday names it.
const MEETING_NOUN_BEFORE = /\b(?:mötet|sammanträdet|träffen|sammankomsten)\s+(?:den\s+)?$/iu;
// "Uppsala 2024-03-01", "Täby den 5 mars 2024": the place and date the notes were signed, on a row of their own.
const PLACE_AND_DATE_ROW = /^\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,?\s+(?:den\s+)?\d/u;

/** The date the minutes were signed, from a place-and-date row near their end. */
export function signingDate(lines: readonly DocumentLine[]): string | null {
  for (const line of lines.slice(-12).reverse()) {
    if (!PLACE_AND_DATE_ROW.test(line.text)) continue;
    const dated = findDates(line.text).find((d) => d.explicitYear);
    if (dated) return dated.iso;
  }
  return null;
}

/**
 * "… från mötet den 28 februari kl. 10–12" in minutes signed "Uppsala 2024-03-01": a meeting's day and month without
 * a year, where the head states none, fall on or before the day the minutes were signed.
 */
function dateBeforeSigning(text: string, signed: string | null, announces = false): DateMatch | undefined {
  if (signed === null) return undefined;
  const year = Number(signed.slice(0, 4));
  const found = findDates(text, `${year}-01-01`).find((d) => !d.explicitYear && (weekdayBefore(text.slice(0, d.index)) || MEETING_NOUN_BEFORE.test(text.slice(0, d.index))));
  if (!found) return undefined;
  // A kallelse is signed before the meeting it calls ("Falun 2024-03-04" under "… torsdag 14/3"): the day falls on or
  // after the signing, in the next year when its month has passed.
  if (announces) return found.iso >= signed ? found : { ...found, iso: `${year + 1}${found.iso.slice(4)}` };
  return found.iso <= signed ? found : { ...found, iso: `${year - 1}${found.iso.slice(4)}` };
}

/** A day and month printed without a year right after a weekday, in the year the head block states elsewhere. */
function weekdayDate(text: string, year: number | null): DateMatch | undefined {
  if (year === null) return undefined;
  return findDates(text, `${year}-01-01`).find((d) => !d.explicitYear && weekdayBefore(text.slice(0, d.index)));
}

// "… kl. 16.00 i bolagets lokaler, Attundavägen 4": after "i" or "på", a place can open with a noun in lower case ("bolagets
// lokaler", "stora salen"); not a phrase that says how or why ("i anslutning till …", "på distans").
const LOWER_CASE_PLACE = /^\s*(?:i|på)\s+(?!(?:anslutning|samband|enlighet|närvaro|form|samverkan|samråd|distans|telefon|mån|stället|tid|början|slutet)\b)(\p{Ll}\p{L}+(?:\s|,\s*(?=\p{Lu}))[^.;:]*?)\s*\.?$/u;
// "… kl. 19.00 i klubbstugan.", "… kl. 14-15 i samlingssalen": one lower-case room or house in the definite form
// ("-stugan", "-salen", "-rummet") that ends the sentence is the place, too.
// "… kl. 14.00 i byagården!": an invitation ends the sentence with an exclamation mark.
const DEFINITE_ROOM = /^\s*(?:i|på)\s+(?!(?:tiden|början|slutet|stället|mötet|dag|morgon)\b)(\p{Ll}{3,}(?:an|en|et))\s*[.!]?\s*$/u;

export function headerMeeting(firstPage: readonly DocumentLine[], year: number | null = null, signed: string | null = null, announces = false): MeetingTime | null {
  for (const line of firstPage.slice(0, 12)) {
    for (const cell of line.cells) {
      const label = matchLabel(cell);
      if (label && (label.label === 'Sammanträdesdatum' || label.kind === 'date')) {
        const date = findDates(label.rest)[0] ?? findDates(line.text)[0];
        if (date) return { date: date.iso, start: null, end: null, place: null };
      }
    }
  }
  // The first six rows with text: on a page read with geometry, gaps between paragraphs are blank rows too.
  const top = firstPage
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => !isBlank(line))
    .slice(0, 6);
  for (const [position, { line, index }] of top.entries()) {
    // "Möte nr 4/2023, tisdag 3/10 kl. 14–16 i …": the meeting's day without its year, which the head states elsewhere.
    const date =
      findDates(line.text).find((d) => d.explicitYear) ?? weekdayDate(line.text, year) ?? (year === null ? dateBeforeSigning(line.text, signed, announces) : undefined) ??
      (documentTypeOfHeading(line.text) ? findCompactDate(line.text) : undefined);
    const label = matchLabel(line.cells[0] ?? '');
    // "Anteckningar från mötet den …": the document's own name opens a title sentence, not a labelled field.
    if (!date || (label && !(label.kind === 'ignored' && /^(?:anteckningar|minnesanteckningar|protokoll)$/iu.test(label.label)))) continue;
    let after = line.text.slice(date.index + date.length);
    // "… den 4 december 2023 kl." / "17.00": a title sentence wrapped between "kl." and its time.
    const wrapped = top[position + 1]?.line;
    if (/\bkl(?:ockan|\.)?\s*$/iu.test(after) && wrapped && /^\s*\d{1,2}[.:]\d{2}/u.test(wrapped.text)) after = `${after} ${wrapped.text.trim()}`;
    // "År 1962 den 14 april sammanträdde styrelsen i Tallåsens" / "skola kl. 19.00.": a sentence that reports the
    // meeting wraps at the margin before its time and place.
    let sentenceRow: number | null = null;
    if (MEETING_MET.test(after) && !/[.!?]\s*$/u.test(after) && wrapped && !isStructural(wrapped) && !matchLabel(wrapped.cells[0] ?? '') && /[.]\s*$/u.test(wrapped.text)) {
      after = `${after} ${wrapped.text.trim()}`;
      sentenceRow = top[position + 1]!.index;
    }
    let time = findTimeRange(after);
    // "Ledningsgruppsmöte 2024-04-16" / "kl. 13.00–14.30": the time on a row of its own below the dated heading.
    const below = top[position + 1]?.line;
    if (!time && below && TIME_ONLY_ROW.test(below.text)) {
      const own = findTimeRange(below.text, { hoursOnly: true });
      if (own) return { date: date.iso, start: own.start, end: own.end, place: null };
    }
    // "Nätverksträff … - tis 3 okt 2023" / "Kl. 9.00-12.00, Fritidsgården Hörnan", "Protokoll fört vid … den 12/11 1974" /
    // "kl. 19.00 i föreningens kontor.": the dated title's next row opens with the time, and the place follows it.
    let timeRow: number | null = null;
    if (!time && below && TIME_THEN_PLACE_ROW.test(below.text)) {
      const own = findTimeRange(below.text);
      if (own && own.index <= 4) {
        after = below.text;
        time = own;
        timeRow = top[position + 1]!.index;
      }
    }
    // "Minnesanteckningar från mötet den 5 dec. 2023" / "Mötet hölls kl. 9.30–11 i …": the dated title leaves the
    // time and place to a sentence of its own that reports how the meeting went.
    // "Vid mötet deltog …" / "Mötet hölls kl. 8.15–10 i …": the sentence may come after a sentence of who took part.
    let placeRow = timeRow ?? sentenceRow ?? index;
    const held = time ? undefined : top.slice(position + 1).find(({ line: row }, k, rows) => MEETING_WAS_HELD.test(row.text) && rows.slice(0, k).every(({ line: before }, j) => {
      const kind = matchLabel(before.cells[0] ?? '')?.kind;
      // A row with no label is the rest of the sentence of people above it, wrapped at the margin.
      return kind === undefined ? j > 0 : PEOPLE_LABEL_KINDS.has(kind);
    }));
    if (held) {
      const own = findTimeRange(held.line.text);
      if (own) {
        after = held.line.text;
        time = own;
        placeRow = held.index;
      }
    }
    // "… i Vretens bygdegård.' |": OCR's quotes and bars after the sentence's stop, from specks at the margin.
    after = after.replace(TRAILING_QUOTE_SPECKS, '');
    let place: string | null = null;
    if (time) {
      // "… kl. 18.30–20.15 i Sollentuna kommunhus, sammanträdesrum Edsviken.": a sentence of prose may wrap onto the next rows.
      for (const next of firstPage.slice(placeRow + 1, placeRow + 3)) {
        // A labelled row below ("Närvarande: …") starts the head block even where geometry gave no blank row.
        // "… i byagården!" / "Dagordning": an invitation's exclamation mark ends its sentence as a stop does.
        if (/[.!]\s*$/.test(after) || isBlank(next) || isStructural(next)) break;
        // "… i Storbackens" / "- bygdegård. i": a speck at the wrapped row's margin is no part of the place.
        after = `${after} ${next.text.trim().replace(/^[-–—•'"`|.,:;]+\s+(?=\p{L})/u, '')}`;
      }
      // "… Attundavägen" / "4, Täby : j": specks and a letter from the page edge after the wrapped place.
      // "… bygdegård. i": a letter from the page edge after the sentence's stop, too.
      after = after.replace(/\s+[:;|]+(?:\s+\p{Ll}{1,2})?\s*$/u, '').replace(/(?<=\p{L}{3}[.!])\s+\p{Ll}{1,2}\s*$/u, '');
      // "… kl 17–19 på Ungdomens hus, Storgatan 12. Vi bjuder på pizza!": the place ends with its sentence.
      const tail = after.slice(time.index + time.length).replace(/(?<=\p{L}{2}|\d)\.\s+\p{Lu}.*$/u, '.');
      const m = /^\s*(?:,|i\s|på\s)\s*(\p{Lu}[^.;:]*?)\s*\.?$/u.exec(tail) ?? LOWER_CASE_PLACE.exec(tail) ?? DEFINITE_ROOM.exec(tail);
      if (m && m[1]!.split(/\s+/).length <= 6) place = m[1]!;
      // "… den 14 april sammanträdde styrelsen i Tallåsens skola kl. 19.00.": the place before the time.
      const before = after.slice(0, time.index);
      const inside = MEETING_MET.test(before) && !/\d/u.test(before) ? PLACE_BEFORE_TIME.exec(before) : null;
      if (!place && inside && inside[1]!.split(/\s+/).length <= 6) place = inside[1]!;
      // "Onsdagen den 15 oktober 2025, 15.00-17.00" / "Företagarnas hus, Falun": the time ends the dated row, and the
      // row straight under it names the place, as a label would ("Plats: …").
      const under = firstPage[placeRow + 1];
      if (!place && /\d\s*$/u.test(line.text) && under && PLACE_ROW.test(under.text) && under.cells.length === 1 && !isStructural(under) && !GROUP_NAME.test(under.text)) place = under.text.trim();
    } else {
      // "den 25 april 2023 i Vallentuna kommunhus, sammanträdesrum Ekeby": without a time, "i" or "på" says a place follows.
      // "Protokoll fört vid årsmöte 2025-03-02 i klubbstugan": one lower-case room or house in the definite form, too.
      // "… i Vretens bygdegård.' |": specks after the sentence's stop, read from the page edge.
      after = after.replace(/(?<=[\p{L}.])[\s'"`’‘|:;]*[|'"`’‘][\s'"`’‘|:;]*$/u, '');
      const m = /^\s*,?\s*(?:i|på)\s+(\p{Lu}[^.;:]*?)\s*\.?$/u.exec(after) ?? DEFINITE_ROOM.exec(after);
      if (m && m[1]!.split(/\s+/).length <= 6) place = m[1]!;
    }
    // "Kommunfullmäktige sammanträder i Kulturhuset, Kungsängen, onsdagen den 13 december …": the place before the date.
    place ??= PLACE_BEFORE_DATE.exec(line.text.slice(0, date.index))?.[1] ?? null;
    return { date: date.iso, start: time?.start ?? null, end: time?.end ?? null, place };
  }
  return null;
}

const TRAILING_QUOTE_SPECKS = /(?<=[.\p{L}\d])(?:\s*[|'"`´‘’“”»«])+\s*$/u;
// A place on a row of its own: capitalised words, a comma before the town, a house number; no sentence, no figures else.
const PLACE_ROW = /^\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}(?:\s+\d{1,3}[A-Za-z]?)?(?:,\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}\d-]+){0,2})?\s*$/u;
// "Nätverket för …", "Styrgruppen …": the group that met, which may stand under its dated heading instead.
const GROUP_NAME = /(?:nätverk|grupp|nämnd|styrelse|utskott|fullmäktige|råd(?:et)?\b|forum|kommitté|förening|förbund)/iu;
// "sammanträdde", "höll styrelsen sammanträde", "möttes": a verb in the past that reports the meeting took place.
const MEETING_MET = /\b(?:sammanträdde|sammanträder|möttes|träffades|samlades|höll|hölls)\b/iu;
const PLACE_BEFORE_TIME = /(?:^|\s)(?:i|på)\s+(\p{Lu}[^.;:,]*?(?:,\s*\p{Lu}[^.;:,]*?)?)\s*,?\s*$/u;

const PEOPLE_LABEL_KINDS: ReadonlySet<string> = new Set(['attendees', 'absent', 'others', 'substitutes']);

// "Mötet hölls", "Sammanträdet ägde rum", "Träffen pågick": a sentence in the past that reports the meeting's time.
const MEETING_WAS_HELD = /^\s*(?:mötet|sammanträdet|träffen|sammankomsten|möte|sammanträde)\s+(?:hölls|ägde\s+rum|pågick|genomfördes|hålls|äger\s+rum)\b/iu;

// A verb that announces a meeting, "i" or "på" and a place, then the weekday and "den" of the date that follows.
const PLACE_BEFORE_DATE = /\b(?:sammanträder|sammanträdet\s+hålls|mötet\s+hålls|möts|träffas|kallas\s+till\s+(?:sammanträde|möte))\s+(?:i|på)\s+(\p{Lu}[^.;:]*?)\s*,?\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*)?(?:den\s*)?$/iu;
