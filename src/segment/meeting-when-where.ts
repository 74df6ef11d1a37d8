import type { MeetingTime } from '../domain/index.ts';
import { isNoteUnderPlace } from './note-under-place.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { DOCUMENT_DATE, type HeadField } from './head-field.ts';
import { heldOnline } from './held-online.ts';
import { isStructural } from './structural-rows.ts';
import { PLACE_BEFORE_DATE } from './meeting-in-header.ts';
import { parseMeetingValue, parseNextMeeting } from './meeting-time.ts';
import { withTwentyFourHourClock } from './meridiem-times.ts';
import { NEXT_MEETING } from './next-meeting.ts';
import { findRunningLines } from './running-lines.ts';
import { findCompactDate, findDates } from './swedish-dates.ts';
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
// "Sammanträdet avslutades.kl. 20.10": a speck OCR read as a stop glued between the verb and "kl.".
// "… och avslutade stämman kl. 14.20": an association's or road society's meeting is a stämma.
const CLOSING_TIME = /\b(?:mötet\s+(?:avslutades|avslutat|avslutas|slutade|upplöstes|förklara(?:des|s)\s+avslutat)|sammanträdet\s+(?:avslutades|avslutat|avslutas|förklara(?:des|s)\s+avslutat)|(?:stämman|årsstämman|årsmötet)\s+(?:avslutades|förklarades\s+avslutad)|förklara(?:de|r)\s+(?:mötet|sammanträdet|stämman|årsmötet)\s+avslutad?|avsluta(?:de|r)\s+(?:mötet|sammanträdet|stämman|årsstämman|årsmötet))\b(?:[.,'](?=\s*kl))?[^.]{0,20}?(?:\bkl(?:ockan|\.)?\s*|(?<=\s))(\d{1,2}[.:]\s?\d{2})(?!\d)/iu;

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
// "Härmed kallas Ni till sammanträde med fritidsnämnden måndagen den 12 mars …": the letter that calls the members.
const ANNOUNCES_MEETING = /\b(?:(?:sammanträdet|mötet|sammankomsten|träffen)\s+(?:hålls|äger\s+rum|börjar)|sammanträder\s+(?:i|på|den|(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)\s|kallas\s+(?:(?:härmed|därmed|ni|du|ledamöterna)\s+){0,2}till\s+(?:sammanträde|möte|sammankomst)\b)/iu;

/**
 * A document whose head gives no date is dated by a sentence that announces the meeting. So is a kallelse whose head
 * gives a bare date with no time or place ("Regionfullmäktige  2025-09-02" beside "TILLKÄNNAGIVANDE"): the day the
 * letter went out, when the sentence names a later day.
 */
export function announcedMeeting(meeting: MeetingTime | null, lines: readonly DocumentLine[], calls = false): MeetingTime | null {
  const letterDate = calls && meeting?.date && !meeting.start && !meeting.end && !meeting.place ? meeting.date : null;
  // A kallelse dated in its head may name the place only in the sentence that calls the meeting on that day.
  const placeOnly = calls && meeting?.date && !letterDate && !meeting.place ? meeting.date : null;
  if (meeting?.date && !letterDate && !placeOnly) return meeting;
  for (const [i, line] of lines.entries()) {
    // The sentence may wrap onto the next row. A typed letter's long sentence wraps twice, even inside the words that
    // call the meeting ("… kallas härmed till" / "sammanträde torsdagen den 3 maj … å nämndens" / "kansli, Storgatan 3."),
    // so a row that opens no sentence of its own wraps the one above, as far as its stop.
    let text = line.text;
    const firstWrap = lines[i + 1] && !isBlank(lines[i + 1]!) && !/[.!]\s*$/u.test(text) ? lines[i + 1]! : null;
    if (firstWrap) text = `${text} ${firstWrap.text.trim()}`;
    const secondWrap = firstWrap && lines[i + 2] && !isBlank(lines[i + 2]!) && !/[.!]\s*$/u.test(text) && /^\s*\p{Ll}/u.test(firstWrap.text) && !isStructural(lines[i + 2]!) ? lines[i + 2]! : null;
    if (secondWrap) text = `${text} ${secondWrap.text.trim()}`;
    const m = ANNOUNCES_MEETING.exec(text);
    if (!m || m.index >= line.text.length || NEXT_MEETING.test(line.text)) continue;
    const sentence = text.slice(m.index);
    const parsed = parseNextMeeting(sentence, null);
    const dateAt = findDates(sentence)[0]?.index ?? 0;
    const placeBefore = PLACE_BEFORE_DATE.exec(sentence.slice(0, dateAt))?.[1] ?? null;
    if (parsed?.date && letterDate && parsed.date <= letterDate) return meeting;
    // "… i Gästgivarns sal, Kyrkvägen 7, för behandling av följande ärenden:": the errand after the place is no part of it.
    const place = parsed?.place?.replace(/,?\s+för\s+(?:behandling|handläggning|att\s+behandla)\b.*$/u, '').replace(/[.\s]+$/u, '') || placeBefore;
    if (parsed?.date && placeOnly) return parsed.date === placeOnly && place ? { ...meeting!, place } : meeting;
    if (parsed?.date) return { ...parsed, place: place || meeting?.place || null };
  }
  return meeting;
}

// "Kommunfullmäktige sammanträder i Ekmora kommunhus, fullmäktigesalen": a sentence that announces where the body meets.
const ANNOUNCED_PLACE = /\b(?:[Ss]ammanträder|[Ss]ammanträdet\s+(?:hålls|äger\s+rum)|[Mm]ötet\s+(?:hålls|äger\s+rum))\s+(?:i|på)\s+(\p{Lu}[^.;:!]*?)\s*[.!]?\s*$/u;

/**
 * "… sammanträder i Ekmora kommunhus, fullmäktigesalen" over "Tid: måndag 24 november 2025 kl. 18.00": a kungörelse
 * that gives the day and time on a labelled row of their own names the place in the sentence above, which has no day.
 */
export function withAnnouncedPlace(meeting: MeetingTime | null, headLines: readonly DocumentLine[]): MeetingTime | null {
  if (!meeting?.date || meeting.place) return meeting;
  for (const [i, line] of headLines.entries()) {
    const next = headLines[i + 1];
    // The sentence may wrap onto the next row, which goes on in lower case.
    const text = next && !isBlank(next) && /^\s*\p{Ll}/u.test(next.text) ? `${line.text} ${next.text.trim()}` : line.text;
    if (NEXT_MEETING.test(text) || findDates(text).length > 0 || /\d[.:]\d{2}/u.test(text)) continue;
    const m = ANNOUNCED_PLACE.exec(text);
    if (m && m[1]!.split(/\s+/).length <= 8) return { ...meeting, place: m[1]! };
    const online = heldOnline(line.text);
    if (online) return { ...meeting, place: online };
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
  // "avslutades kl. 9.15 e.m.": the closing time on the twelve-hour clock of older minutes.
  return lines.map((line, i) => withTwentyFourHourClock(/\bkl(?:ockan|\.)?\s*$/iu.test(line.text) && lines[i + 1] ? `${line.text} ${lines[i + 1]!.text.trim()}` : line.text).text);
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
  // "Dnr KS 2026/45" on the first page, where OCR read the header's right-hand column after the rest of it: a
  // diarienummer carries the year the matter was registered, the only year such a kallelse may print.
  for (const line of lines.filter((l) => l.page === 1)) {
    const registered = REGISTRY_NUMBER_YEAR.exec(line.text);
    if (registered) return `${registered[1]}-01-01`;
  }
  return null;
}

// "i stadshuset, nämndrummet, tisdagen den …" as the value of "Sammanträde": the place, then the weekday or the date.
const SITTING_PLACE_FIRST = /^\s*(?:i|på|å)\s+(\p{L}[^\d.;:()]{2,80}?)\s*,?\s+(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b|den\s+\d|\d)/iu;
const REGISTRY_NUMBER_YEAR = /\b(?:dnr|diarienr|diarienummer)\.?:?\s+(?:\p{Lu}{1,6}\s+)?((?:19|20)\d{2})\s*[/:-]\s*\d{1,5}\b/iu;

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
    // "Ledningsgrupp HT25", "ungdomsrådet vt-26": the school term and its year in two figures, as schools and councils
    // head a term's notes.
    const term = /(?<!\p{L})(?:HT|VT|ht|vt)[\s-]?(\d{2})(?!\d)/u.exec(line.text);
    if (term) return Number(term[1]) <= 40 ? 2000 + Number(term[1]) : 1900 + Number(term[1]);
  }
  return null;
}

/**
 * `year` is a date the day and month of the meeting take their year from. From the head ("Protokoll nr 7/2023") it only
 * names the year; from the body (`before`) it is a day the minutes were printed, signed or planned on, which the
 * meeting they record came before ("Datum: tisdag 7/10" over "Utskriftsdatum 2025-10-08" is 2025-10-07, not 2026).
 */
// "kl 08.30 = 11.45": a typewriter's spaced dash between two clock times, read by OCR as an equals sign; a lone "=" is
// otherwise a speck.
const EQUALS_DASH = /(\d[.:]\d{2})\s+=\s+(?=\d{1,2}[.:]\d{2}(?!\d))/gu;

// "Datum: B6-10-14", "2O24-O3-12": a date of figures and dashes in which OCR read a figure as the letter of its shape.
const FIGURE_SHAPES: Record<string, string> = { B: '8', O: '0', o: '0', l: '1', I: '1', S: '5' };
const DASHED_DATE_WITH_LETTERS = /(?<![\p{L}\d])[\dBOolIS]{2,4}-[\dBOolIS]{2}-[\dBOolIS]{2}(?![\p{L}\d])/gu;

/** Under a date label, the figures of a dashed date that OCR read as letters of the same shape. */
function withFiguresForLetters(value: string): string {
  return value.replace(DASHED_DATE_WITH_LETTERS, (date) => (/\d.*\d.*\d/u.test(date) ? date.replace(/[BOolIS]/gu, (c) => FIGURE_SHAPES[c]!) : date));
}

export function meetingFrom(fields: HeadField[], header: MeetingTime | null, year: string | null = null, before = false): MeetingTime | null {
  const meeting: MeetingTime = { date: null, start: null, end: null, place: null };
  const valueOf = (field: HeadField) =>
    field.values
      .map((v, k) => (k > 0 ? v.replace(/^[^\p{L}\d]+/u, '') : v).replace(EQUALS_DASH, '$1 – ').replace(/(^|\s)[|=_~"'“”»«]+(?=\s|$)/g, ' ').trim())
      // "Kontoret, Storgatan 28," / "rum 3": a place row that ends on its comma takes no second one.
      // "sammanträdesrum Runby . .": stops standing apart after the place are specks; no place ends in them.
      .map((v) => (field.kind === 'place' ? v.replace(/\s*,\s*$/u, '').replace(/(?:\s+[.;:|'`’,]+)+\s*$/u, '') : v))
      .map((v, k) => (field.kind === 'place' && k > 0 && isNoteUnderPlace(v) ? '' : v))
      .filter(Boolean)
      .join(field.kind === 'place' ? ', ' : ' ');
  // The day a document head says it was written dates the meeting only when no field of the meeting does.
  for (const field of [...fields.filter((f) => f.label !== DOCUMENT_DATE), ...fields.filter((f) => f.label === DOCUMENT_DATE)]) {
    // Rows of one value wrap mid-phrase ("… 2023 kl." / "13.15–16.40"); OCR adds speckles between them.
    const value = field.values
      // A wrapped row starts with the rest of the value; punctuation before it is a speckle ("- » februari 2023").
      .map((v, k) => (k > 0 ? v.replace(/^[^\p{L}\d]+/u, '') : v).replace(EQUALS_DASH, '$1 – ').replace(/(^|\s)[|=_~"'“”»«]+(?=\s|$)/g, ' ').trim())
      // "Kontoret, Storgatan 28," / "rum 3": a place row that ends on its comma takes no second one.
      // "sammanträdesrum Runby . .": stops standing apart after the place are specks; no place ends in them.
      .map((v) => (field.kind === 'place' ? v.replace(/\s*,\s*$/u, '').replace(/(?:\s+[.;:|'`’,]+)+\s*$/u, '') : v))
      .map((v, k) => (field.kind === 'place' && k > 0 && isNoteUnderPlace(v) ? '' : v))
      .map((v) => (field.kind === 'date' ? withFiguresForLetters(v) : v))
      .filter(Boolean)
      .join(field.kind === 'place' ? ', ' : ' ');
    if (!value) continue;
    // "Sluttid: 14.30", "Slut: 19.45": the time a template's end field gives is when the meeting ended.
    if (field.label === 'Sluttid' || field.label === 'Slut') {
      meeting.end ??= parseMeetingValue(value, { withPlace: false }).start ?? null;
      continue;
    }
    if (field.kind === 'placeTime' || field.kind === 'time' || field.kind === 'date') {
      const parsed = parseMeetingValue(value, { withPlace: field.kind === 'placeTime' });
      meeting.date ??= parsed.date ?? null;
      // "Datum: 20250304", "Datum: 250304": under a date label, figures without separators are the date.
      if (field.kind === 'date' && /^\s*(?:20)?\d{6}\s*$/u.test(value)) meeting.date ??= findCompactDate(value)?.iso ?? null;
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
      // "… kl. 14.00 i Rådhusets sal, Torggatan 7": the street's number may end it.
      const value = valueOf(field);
      const time = findTimeRange(value, { hoursOnly: true });
      const after = time ? /^(?:\s*[,·•]\s*|\s+(?:i|på)\s+)(\p{L}[^\d()]{2,60}?(?:\s\d{1,3}\p{Ll}?)?)\s*\.?$/u.exec(value.slice(time.index + time.length)) : null;
      if (meeting.place === null && after && after[1]!.split(/\s+/).length <= 8 && !/^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|vecka|med|inkl|samt|och|ca|cirka)\b/iu.test(after[1]!)) meeting.place = after[1]!.trim();
      // "Sammanträde i stadshuset, nämndrummet, tisdagen den 20 november 1973 kl 14.00": where the sitting was held, after
      // the label and "i", "på" or the older "å", before the day.
      const opening = SITTING_PLACE_FIRST.exec(value);
      if (meeting.place === null && opening && opening[1]!.split(/\s+/).length <= 8) meeting.place = opening[1]!.trim();
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
