import type { MeetingTime } from '../domain/index.ts';
import { placeBetweenDateAndTime } from './place-between-date-and-time.ts';
import { relativeMeetingDay } from './relative-meeting-day.ts';
import { documentTypeOfHeading } from './document-kind.ts';
import { type DocumentLine, isBlank } from './document-lines.ts';
import { placeWrappedBelow, withDateYearsRejoined } from './head-sentence-wraps.ts';
import { matchLabel } from './labels.ts';
import { isStructural } from './structural-rows.ts';
import { type DateMatch, findCompactDate, findDates, isDamagedWeekday } from './swedish-dates.ts';
import { findTimeRange } from './swedish-times.ts';

const UNDERLINE_ROW = /^\s*[-_=–—]{3,}\s*$/u;

/**
 * "måndagen den 9 mars 1981 kl 19.00" / (blank) / "i skolans bibliotek, Norrby.": a typed letter sets the
 * sentence's parts apart on rows of their own; a row that opens with a lower-case "i", "på" or "å" goes on with the
 * sentence above the blank, so the blank is dropped.
 */
function withSentenceGoingOnBelowBlank(page: readonly DocumentLine[], row: number, sentence: string): readonly DocumentLine[] {
  const [blank, next] = [page[row + 1], page[row + 2]];
  if (!blank || !next || !isBlank(blank) || /[.!]\s*$/u.test(sentence) || !/^\s*(?:i|på|å)\s+\p{L}/u.test(next.text)) return page;
  return [...page.slice(0, row + 1), ...page.slice(row + 2)];
}

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
  // "Maria Nord" / "Enhetschef, Hemtjänst Syd" / "2025-05-12": an e-mail or letter dated alone on its last row.
  const last = [...lines].reverse().find((line) => !isBlank(line));
  const alone = last && last.cells.length === 1 ? findDates(last.text).find((d) => d.explicitYear && d.length === last.text.trim().length) : undefined;
  return alone?.iso ?? null;
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

// "… kl. 10 å kommunalkontoret": older minutes write "å" for "på". One alternation for every pattern below, so that
// they cannot drift apart.
const AT_PLACE = '(?:i|på|å)';
// "… kl. 14.00 i. kommunalkontorets", "i- kommunalkontorets", "å' kommunalkontoret": OCR's speck read as a stop, a
// dash or a quote after the preposition.
const AT_PLACE_SPECKED = `${AT_PLACE}[.\\-'’\`]?`;
// "… kl. 16.00 i bolagets lokaler, Attundavägen 4": after "i" or "på", a place can open with a noun in lower case ("bolagets
// lokaler", "stora salen"); not a phrase that says how or why ("i anslutning till …", "på distans").
const LOWER_CASE_PLACE = new RegExp(String.raw`^\s*${AT_PLACE_SPECKED}\s+(?!(?:anslutning|samband|enlighet|närvaro|form|samverkan|samråd|distans|telefon|mån|stället|tid|början|slutet)\b)(\p{Ll}\p{L}+(?:\s|,\s*(?=\p{Lu}))[^.;:]*?)\s*\.?$`, 'u');
// "… kl. 19.00 i klubbstugan.", "… kl. 14-15 i samlingssalen": one lower-case room or house in the definite form
// ("-stugan", "-salen", "-rummet") that ends the sentence is the place, too.
// "… kl. 14.00 i byagården!": an invitation ends the sentence with an exclamation mark.
// "… den 14 oktober 1978 i bygdegården, Ljungby.": the village after a comma says which house.
// "… kl. 9.30 på socialbyrån": a word ending in "-å" takes "-n" in the definite form.
// "… kl 14.00 - 16.15 i kommunhuset, sammanträdesrum Romeleåsen": the house, then the named room in it.
// "Anteckningar mån 3/2-25, kl 8.15-9.45, rektorsexpeditionen": a comma parts the room from the time as "i" does.
const DEFINITE_ROOM = new RegExp(String.raw`^\s*(?:${AT_PLACE_SPECKED}\s+|,\s*(?!(?:sedan|även|igen)\b))(?!(?:tiden|början|slutet|stället|mötet|dag|morgon)\b)(\p{Ll}{3,}(?:an|en|et|ån)(?:,\s*(?:\p{Ll}{3,}\s+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?)?)\s*[.!]?\s*$`, 'u');
// "… kl. 19.00 hos Ingvar Ek, Nordby.": an association or working group meeting in a member's home; "hos" and the host
// are the place, as written.
const AT_SOMEONES = /^\s*,?\s*(hos\s+\p{Lu}[^.;:]*?)\s*[.!]?\s*$/u;
// "…, kl. 14.00, i Hembygdsgården": a comma before "i" too.
const COMMA_BEFORE_AT_PLACE = new RegExp(String.raw`^\s*,\s*(?=${AT_PLACE}\s)`, 'u');
// "… kl. 13.00 i Kommunhuset", "… kl. 13.00, Kommunhuset": a capitalised place after the time.
// "… 09:00–10:00 · Microsoft Teams": a calendar's middle dot or bullet parts them as the comma does.
const PLACE_AFTER_TIME = new RegExp(String.raw`^\s*(?:[,·•]|${AT_PLACE_SPECKED}\s)\s*(\p{Lu}[^.;:]*?)\s*\.?$`, 'u');
// "den 25 april 2023 i Vallentuna kommunhus": without a time, "i" or "på" says a place follows.
const PLACE_AFTER_DATE = new RegExp(String.raw`^\s*,?\s*${AT_PLACE}\s+(\p{Lu}[^.;:]*?)\s*\.?$`, 'u');

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
  // "Sammanträdesdatum 1 (3)" / "2015-03-11" after a head table's label column that OCR read first: the page header's
  // label with the page number beside it, the date alone on the row under it.
  for (const [k, line] of firstPage.slice(0, 40).entries()) {
    const label = line.cells.length <= 2 ? matchLabel(line.cells[0] ?? '') : null;
    if (label?.label !== 'Sammanträdesdatum' || findDates(line.text).length > 0) continue;
    const below = firstPage[k + 1];
    const alone = below ? findDates(below.text).find((d) => d.explicitYear && d.index === 0 && d.length === below.text.trim().length) : undefined;
    if (alone) return { date: alone.iso, start: null, end: null, place: null };
  }
  // The first six rows with text: on a page read with geometry, gaps between paragraphs are blank rows too.
  const top = withDateYearsRejoined(
    firstPage
      .map((line, index) => ({ line, index }))
      // "K A L L E L S E" / "---------------": a typewriter's underline is no row of the head.
      .filter(({ line }) => !isBlank(line) && !UNDERLINE_ROW.test(line.text))
      .slice(0, 7),
  ).slice(0, 6);
  const meetingOnRow = (position: number): MeetingTime | null => {
    const { line, index } = top[position]!;
    // "Möte nr 4/2023, tisdag 3/10 kl. 14–16 i …": the meeting's day without its year, which the head states elsewhere.
    const date =
      findDates(line.text).find((d) => d.explicitYear) ?? weekdayDate(line.text, year) ?? (year === null ? dateBeforeSigning(line.text, signed, announces) : undefined) ??
      (announces ? undefined : relativeMeetingDay(line.text, signed)) ??
      (documentTypeOfHeading(line.text) ? findCompactDate(line.text) : undefined);
    const label = matchLabel(line.cells[0] ?? '');
    // "Anteckningar från mötet den …": the document's own name opens a title sentence, not a labelled field.
    if (!date || (label && !(label.kind === 'ignored' && /^(?:anteckningar|minnesanteckningar|protokoll)$/iu.test(label.label)))) return null;
    let after = line.text.slice(date.index + date.length);
    // "… den 4 december 2023 kl." / "17.00": a title sentence wrapped between "kl." and its time.
    const wrapped = top[position + 1]?.line;
    // "kl." / "17. 00 å …": OCR's space after the time's separator.
    if (/\bkl(?:ockan|\.)?\s*$/iu.test(after) && wrapped && /^\s*\d{1,2}[.:]\s?\d{2}/u.test(wrapped.text)) after = `${after} ${wrapped.text.trim()}`;
    // "År 1962 den 14 april sammanträdde styrelsen i Tallåsens" / "skola kl. 19.00.": a sentence that reports the
    // meeting wraps at the margin before its time and place.
    let sentenceRow: number | null = null;
    if (MEETING_MET.test(after) && !/[.!?]\s*$/u.test(after) && wrapped && !isStructural(wrapped) && !matchLabel(wrapped.cells[0] ?? '') && /[.]\s*$/u.test(wrapped.text)) {
      after = `${after} ${wrapped.text.trim()}`;
      sentenceRow = top[position + 1]!.index;
    }
    let time = findTimeRange(after);
    // "Ledningsgruppsmöte 2024-04-16" / "kl. 13.00–14.30": the time on a row of its own below the dated heading.
    // "Nätverksträff 15/10/2025" / "Nätverket för bibliotekschefer i Dalarna" / "Kl. 10.00-15.00 på …": the group's name
    // may stand between the dated heading and its time.
    const skip = top[position + 1] && GROUP_NAME.test(top[position + 1]!.line.text) && !/\d/u.test(top[position + 1]!.line.text) && !matchLabel(top[position + 1]!.line.cells[0] ?? '') ? 2 : 1;
    const below = top[position + skip]?.line;
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
        timeRow = top[position + skip]!.index;
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
      const readings = [after];
      for (const next of withSentenceGoingOnBelowBlank(firstPage, placeRow, after).slice(placeRow + 1, placeRow + 3)) {
        // A labelled row below ("Närvarande: …") starts the head block even where geometry gave no blank row.
        // "… i byagården!" / "Dagordning": an invitation's exclamation mark ends its sentence as a stop does.
        if (/[.!]\s*$/.test(after) || isBlank(next) || isStructural(next)) break;
        // "… i Storbackens" / "- bygdegård. i": a speck at the wrapped row's margin is no part of the place.
        after = `${after} ${next.text.trim().replace(/^[-–—•'"`|.,:;]+\s+(?=\p{L})/u, '')}`;
        readings.push(after);
      }
      after = withoutEdgeSpecks(after);
      // "… kl. 18.30 i Olofsgården, Storgatan 8, Falköping" / "Kaffe serveras från kl. 18.00.": the row below may be a
      // sentence of its own rather than the place wrapped; the longest reading that gives a place is the place.
      for (const reading of readings.reverse()) {
        place = placeAfterTime(withoutEdgeSpecks(reading).slice(time.index + time.length));
        if (place) break;
      }
      // "… kl. 9.30–15.00. Vi ses på Energikontoret, Repslagaregatan 12 i Nyköping.": the place in a sentence of its own
      // right after the time's.
      const met = MEET_AT_SENTENCE.exec(after.slice(time.index + time.length));
      if (!place && met && (met[1] ?? met[2]!).split(/\s+/).length <= 8) place = met[1] ?? met[2]!;
      // "… den 14 april sammanträdde styrelsen i Tallåsens skola kl. 19.00.": the place before the time.
      const before = after.slice(0, time.index);
      const inside = MEETING_MET.test(before) && !/\d/u.test(before) ? PLACE_BEFORE_TIME.exec(before) : null;
      if (!place && inside && inside[1]!.split(/\s+/).length <= 6) place = inside[1]!;
      if (!place) place = placeBetweenDateAndTime(before);
      // "Onsdagen den 15 oktober 2025, 15.00-17.00" / "Företagarnas hus, Falun": the time ends the dated row, and the
      // row straight under it names the place, as a label would ("Plats: …").
      const under = firstPage[placeRow + 1];
      if (!place && /\d\s*$/u.test(line.text) && under && looksLikePlaceRow(under.text) && under.cells.length === 1 && !isStructural(under) && !GROUP_NAME.test(under.text)) place = under.text.trim();
    } else {
      // "den 25 april 2023 i Vallentuna kommunhus, sammanträdesrum Ekeby": without a time, "i" or "på" says a place follows.
      // "Protokoll fört vid årsmöte 2025-03-02 i klubbstugan": one lower-case room or house in the definite form, too.
      // "… i Vretens bygdegård.' |": specks after the sentence's stop, read from the page edge.
      after = placeWrappedBelow(after, firstPage.slice(index + 1)).replace(/(?<=[\p{L}.])[\s'"`’‘|:;]*[|'"`’‘][\s'"`’‘|:;]*$/u, '');
      const m = PLACE_AFTER_DATE.exec(after) ?? DEFINITE_ROOM.exec(after);
      if (m && m[1]!.split(/\s+/).length <= 6) place = m[1]!;
    }
    // "Kommunfullmäktige sammanträder i Kulturhuset, Kungsängen, onsdagen den 13 december …": the place before the date.
    // "… församling i sockenstugan" / "söndagen den 11 april 1937 …": the prose head wrapped before the weekday.
    const above = top[position - 1]?.line;
    // "… med nämnden i Norrby landskommun" / "å sockenstugan den 3 maj 1938": wrapped before the room, too.
    // "… å kommunalhemmet i" / "Ulvsta fredagen den 9 mars 1956": the house's village wrapped before the weekday.
    const wrappedAbove = /^\s*(?:(?:i|på|å)\s+\p{Ll}{4,}(?:an|en|et)\s*,?\s*|\p{Lu}\p{Ll}+\s+(?=(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)))?(?:(?:[Mm]åndag|[Tt]isdag|[Oo]nsdag|[Tt]orsdag|[Ff]redag|[Ll]ördag|[Ss]öndag)(?:en)?\s*)?(?:[Dd]en\s*)?$/u.test(line.text.slice(0, date.index)) && above && !isStructural(above) && !matchLabel(above.cells[0] ?? '');
    const beforeDate = `${wrappedAbove ? `${above.text.trim()} ` : ''}${line.text.slice(0, date.index)}`;
    place ??= PLACE_BEFORE_DATE.exec(beforeDate)?.[1] ?? SITTING_PLACE_BEFORE_DATE.exec(beforeDate)?.[1] ?? SITTING_ROOM_BEFORE_DATE.exec(beforeDate)?.[1] ?? null;
    return { date: date.iso, start: time?.start ?? null, end: time?.end ?? null, place };
  };
  for (const [position, { line }] of top.entries()) {
    const found = meetingOnRow(position);
    if (!found) continue;
    // "Fritidsavdelningen   1971-03-18" over "… tisdagen den 16 mars 1971 kl. 14.00 i …": a date alone in the letterhead is
    // the day the notes were written; a later row that gives a day with its time, or names the meeting before its day
    // ("Anteckningar från möte med … den 28 april 1982"), is the meeting's. Notes are written on or after the day they
    // record, a kallelse on or before the day it calls to.
    if (found.start === null && (line.cells.some(dateAlone) || letterheadDate(line.text))) {
      const later = top.slice(position + 1).map(({ line: row }, k) => ({ row, meeting: meetingOnRow(position + 1 + k) }));
      const held = later.find(({ row, meeting }) => meeting?.start || (meeting?.date && MEETING_BEFORE_DAY.test(row.text)))?.meeting;
      if (held?.date && (announces ? held.date >= found.date! : held.date <= found.date!)) return held;
    }
    // "Ämne: Styrelsemöte torsdag 6 februari" over "… torsdag den 6 februari kl. 18.30–20.30 i …": a title that names
    // the day alone, and a later row that gives the same day with its hours and place, tell of one meeting.
    if (found.start === null) {
      const fuller = top.slice(position + 1).map((_, k) => meetingOnRow(position + 1 + k)).find((m) => m !== null && m.date === found.date && m.start !== null);
      if (fuller) return { ...fuller, place: fuller.place ?? found.place };
    }
    return found;
  }
  return null;
}

// "… från möte med arbetsgruppen … den 28 april 1982", "… vid sammanträdet 1982-04-28": the meeting named before its day.
const MEETING_BEFORE_DAY = /\b(?:möte|mötet|sammanträde|sammanträdet|träff|träffen|sammankomst|sammankomsten)\b.*?\d/iu;

/**
 * "Fritidsavdelningen | ij : 1971-03-18": a department's name and the date at the row's end, OCR's specks in the column
 * gap between them, which joined the two cells into one.
 */
function letterheadDate(text: string): boolean {
  const date = findDates(text).at(-1);
  if (!date?.explicitYear || text.slice(date.index + date.length).trim() !== '') return false;
  const words = text
    .slice(0, date.index)
    .split(/\s+/u)
    .filter((word) => /\p{L}/u.test(word) && !/^\p{Ll}{1,2}$/u.test(word));
  // "Fritidsnämnden 1981-02-23": with the gap read as a plain space, too; the row holds only the name and the date.
  return words.length >= 1 && words.length <= 4 && words.every((word) => /^\p{Lu}[\p{L}-]*$/u.test(word));
}

// "\"1983-11-09": a speck read as a quote or bar glued to a letterhead's date leaves it alone in its cell.
const GLUED_SPECK = /^['"`‘’“”|]+|['"`‘’“”|]+$/gu;

function dateAlone(cell: string): boolean {
  const bare = cell.trim().replace(GLUED_SPECK, '');
  const date = findDates(bare)[0];
  return date !== undefined && date.length === bare.length;
}

// "… Attundavägen" / "4, Täby : j": specks and a letter from the page edge after the wrapped place.
// "… bygdegård. i": a letter from the page edge after the sentence's stop, too.
// "… Storgatan 4, Ekby. | |": the specks from the page edge may stand apart from each other, too.
function withoutEdgeSpecks(text: string): string {
  return text.replace(/(?:\s+[:;|]+)+(?:\s+\p{Ll}{1,2})?\s*$/u, '').replace(/(?<=\p{L}{3}[.!])\s+\p{Ll}{1,2}\s*$/u, '');
}

/** The place in what follows the meeting's time on its row: "i Kommunhuset", ", Kommunhuset", "i klubbstugan", "hos …". */
const SEMICOLON_BEFORE_ROOM = /(?<=\p{L});(?=\s*(?:sal|salen|rum|rummet|lokal|sammanträdesrum(?:met)?|plan|våning)\s)/gu;

function placeAfterTime(afterTime: string): string | null {
  // "… kl 17–19 på Ungdomens hus, Storgatan 12. Vi bjuder på pizza!": the place ends with its sentence.
  // "… i Ekby kommunhus; sal Tallen.": OCR reads the comma before a room as a semicolon, which would end the place there.
  const tail = afterTime.replace(SEMICOLON_BEFORE_ROOM, ',').replace(/(?<=\p{L}{2}|\d)\.\s+\p{Lu}.*$/u, '.');
  const afterComma = tail.replace(COMMA_BEFORE_AT_PLACE, '');
  const m = PLACE_AFTER_TIME.exec(afterComma) ?? LOWER_CASE_PLACE.exec(afterComma) ?? DEFINITE_ROOM.exec(afterComma) ?? AT_SOMEONES.exec(afterComma);
  // "i Medborgarhuset, Lilla salen, Ågatan 3 i Norrhamn": house, room and street, each part opening with a capital,
  // may run longer than a place in prose.
  const parts = m?.[1]!.split(/\s*,\s*/u) ?? [];
  const named = parts.length >= 3 && parts.every((p) => /^[\p{Lu}\d]/u.test(p));
  return m && m[1]!.split(/\s+/).length <= (named ? 9 : 6) ? m[1]! : null;
}

// "Vi ses på …", "Vi träffas i …", "Vi träffades hos …": the sentence after the time's that says where.
// "Mötet hölls digitalt via Zoom.": a meeting held online says so in the same place, and the words are the place.
const MEET_AT_SENTENCE = /^\s*[.!]\s+(?:vi\s+(?:ses|träffas|möts|träffades|sågs|möttes)|(?:mötet|träffen)\s+(?:hålls|hölls|äger\s+rum|ägde\s+rum))\s+(?:(?:i|på|hos)\s+(\p{Lu}[^.;:!]*?)|((?:digitalt\s+)?(?:via|på|i)\s+(?:Zoom|Teams|Skype|Google\s+Meet|länk|video)|digitalt|per\s+telefon))\s*[.!]/iu;

const TRAILING_QUOTE_SPECKS = /(?<=[.\p{L}\d])(?:\s*[|'"`´‘’“”»«])+\s*$/u;
// A place on a row of its own: capitalised words, a comma before the town, a house number; no sentence, no figures else.
// "Musikskolan, sal B", "Stadshuset, rum 4": the room after the comma, in lower case.
const PLACE_ROW = /^\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}(?:\s+\d{1,3}[A-Za-z]?)?(?:,\s*(?:\p{Lu}[\p{L}-]*|sal|salen|rum|rummet|lokal|plan|våning)(?:\s+[\p{L}\d-]+){0,2})?\s*$/u;
// "Ekhuset, sal Linnean, Skogsvägen 12": the house, the room and the street, two or three parts after commas;
// a room word or a house number tells it from a row of names. OCR may read a comma as a semicolon.
const LONG_PLACE_ROW = /^\s*\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}(?:\s+\d{1,3}[A-Za-z]?)?(?:[,;]\s*(?:\p{Lu}[\p{L}-]*|sal|salen|rum|rummet|lokal|plan|våning)(?:\s+[\p{L}\d-]+){0,2}){2,3}\s*$/u;
const ROOM_OR_NUMBER = /\b(?:sal|salen|rum|rummet|lokal|plan|våning)\b|\d/u;

function looksLikePlaceRow(text: string): boolean {
  return PLACE_ROW.test(text) || (LONG_PLACE_ROW.test(text) && ROOM_OR_NUMBER.test(text));
}
// "Nätverket för …", "Styrgruppen …": the group that met, which may stand under its dated heading instead.
const GROUP_NAME = /(?:nätverk|grupp|nämnd|styrelse|utskott|fullmäktige|råd(?:et)?\b|forum|kommitté|förening|förbund)/iu;
// "sammanträdde", "höll styrelsen sammanträde", "möttes": a verb in the past that reports the meeting took place.
const MEETING_MET = /\b(?:sammanträdde|sammanträder|möttes|träffades|samlades|höll|hölls)\b/iu;
const PLACE_BEFORE_TIME = /(?:^|\s)(?:i|på)\s+(\p{Lu}[^.;:,]*?(?:,\s*\p{Lu}[^.;:,]*?)?)\s*,?\s*$/u;

const PEOPLE_LABEL_KINDS: ReadonlySet<string> = new Set(['attendees', 'absent', 'others', 'substitutes']);

// "Mötet hölls", "Sammanträdet ägde rum", "Träffen pågick": a sentence in the past that reports the meeting's time.
const MEETING_WAS_HELD = /^\s*(?:mötet|sammanträdet|träffen|sammankomsten|möte|sammanträde)\s+(?:hölls|ägde\s+rum|pågick|genomfördes|hålls|äger\s+rum)\b/iu;

// "fört vid kommunfullmäktiges sammanträde i Folkets hus, Bjurholm, måndagen den …": the sitting's noun, "i" and a
// place, then a weekday, which says the words before it were a place and not the body that met ("sammanträde i
// Fjällklubben den …").
const SITTING_PLACE_BEFORE_DATE = /\b(?:sammanträde|sammanträdet|möte|mötet)\s+(?:i|på|å)\s+(\p{Lu}[^.;:]*?)\s*,?\s*(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*(?:den\s*)?$/iu;

// "hållet vid ordinarie kyrkostämma med Norra Åsby församling i sockenstugan söndagen den …": a building named
// by a definite noun in lower case, "i" before it and the weekday after it, anywhere after the sitting's noun (the body
// that met may come between). "… med kyrkorådet å prästgården lördagen den …": older minutes write "å" for "på".
// "… med nämnden å sockenstugan den 3 maj 1938": "den" alone before the date says as much as a weekday does.
const SITTING_ROOM_BEFORE_DATE = /\b(?:sammanträde|sammanträdet|möte|mötet|\p{L}*stämma|\p{L}*stämman|\p{L}*mötet?)\s(?:[^.;:]*\s)?(?:i|på|å)\s+(\p{Ll}{4,}(?:an|en|et))\s*,?\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*(?:den\s*)?|den\s*)$/u;

// A verb that announces a meeting, "i" or "på" and a place, then the weekday and "den" of the date that follows.
// "Kommunalfullmäktige … sammanträda å kommunalhemmet i Ulvsta fredagen den …": the older plural of the verb, "å" for
// "på", and a house named by a definite noun in lower case, its village after it.
export const PLACE_BEFORE_DATE = /\b(?:sammanträder|sammanträda|sammanträdet\s+hålls|mötet\s+hålls|möts|träffas|kallas\s+till\s+(?:sammanträde|möte))\s+(?:i|på|å)\s+(\p{Lu}[^.;:]*?|\p{Ll}{4,}(?:an|en|et)(?:\s+i\s+\p{Lu}\p{Ll}+)?)\s*,?\s*(?:(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\s*)?(?:den\s*)?$/iu;
