import { editDistance } from '../text/edit-distance.ts';

export interface DateMatch {
  /** YYYY-MM-DD */
  iso: string;
  index: number;
  length: number;
  /** false when the year was inferred from a reference date. */
  explicitYear: boolean;
}

const MONTHS: readonly (readonly string[])[] = [
  ['januari', 'jan'],
  ['februari', 'feb', 'febr'],
  ['mars', 'mar'],
  ['april', 'apr'],
  ['maj'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augusti', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/** Month number 1–12 for a Swedish month name or abbreviation, tolerating one OCR slip in long names. */
// "14 May 2025", "11 June": a Swedish body's notes in an international project date them in English.
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let m = 0; m < MONTHS.length; m++) {
    if (MONTHS[m]!.includes(w)) return m + 1;
  }
  if (ENGLISH_MONTHS.includes(w)) return ENGLISH_MONTHS.indexOf(w) + 1;
  // "14 mais", "14 mals": OCR reads the thin "r" of "mars" as an "i" or an "l"; no other month is four letters with
  // "ma" and "s" at its ends.
  if (/^ma[il1]s$/u.test(w)) return 3;
  if (w.length >= 5) {
    for (let m = 0; m < MONTHS.length; m++) {
      const full = MONTHS[m]![0]!;
      if (full.length >= 5 && editDistance(w, full) <= 1) return m + 1;
    }
  }
  return null;
}

const WEEKDAYS = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];
const WEEKDAY_ABBREVIATIONS = ['månd', 'tisd', 'onsd', 'torsd', 'fred', 'lörd', 'sönd', 'tors'];

/**
 * A weekday that OCR damaged by one letter: "torsdaq", "onsdagen" read "onsdaqen", "torsö." for "torsd.". An
 * abbreviation counts only with its stop and its first three letters intact, so that an ordinary short word
 * a letter away ("fred." is one already) is not taken for a day.
 */
export function isDamagedWeekday(word: string): boolean {
  const stopped = word.endsWith('.');
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length >= 6 && WEEKDAYS.some((day) => editDistance(w, day, 1) <= 1 || editDistance(w, `${day}en`, 1) <= 1)) return true;
  return stopped && w.length >= 4 && WEEKDAY_ABBREVIATIONS.some((day) => w.length === day.length && w.slice(0, 3) === day.slice(0, 3) && editDistance(w, day, 1) <= 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function toIso(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2025-02-11" for a day that exists in the calendar, or null (31 April, 29 February of a common year). */
export function calendarDay(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}

/**
 * The year for a day and month written without one: the reference date's
 * year, or the next year when that would fall before the reference (a January
 * meeting planned at a December meeting).
 */
export function inferYear(month: number, day: number, reference: string): number {
  const refYear = Number(reference.slice(0, 4));
  const candidate = toIso(refYear, month, day);
  return candidate < reference ? refYear + 1 : refYear;
}

// "År 1962 den 14 april", "år 2024, den 5 mars": the formal opening of a protokoll prints the year before the day.
const YEAR_FIRST_DATE = /(?<![\p{L}\d])år\s+(\d{4})\s*,?\s+den\s+(\d{1,2})\s*[:.]?\s*(?:e\s+)?(\p{L}{3,10}\.?)(?![\p{L}\d])/giu;
const DAY_RANGE_DATE = /(?<![\p{L}\d.:])(\d{1,2})\s*[–—-]\s*\d{1,2}\s+(\p{L}{3,10}\.?)(?:,?\s+(\d{4}))?(?![\p{L}\d])/gu;
// "14-mars 2023": OCR reads the space between the day and the month as a hyphen.
// "12 feb -26", "12 feb '26": the year in two figures after a dash or an apostrophe, as notes write it.
// "den 12 maj .1961": a speck OCR read just before the year.
// "den 24 "februari 1986": a quote mark OCR read from a speck before the month's name; only with the year after it,
// for a quoted word after a figure ("punkt 4 "mars-paketet"") is no date.
const WORD_DATE = /(?<![\p{L}\d])(\d{1,2})\s*(?:[:.]|-(?=\p{L})|["'”“„`](?=\p{Ll}{3,10}\.?,?\s+\d{4}(?!\d)))?\s*(?:[ae]\s+)?(\p{L}{3,10}\.?)(?:,?\s+[.,'’]?(\d{4})|\s+[-–'’]\s?(\d{2}))?(?![\p{L}\d])/gu;
const ISO_DATE = /(?<![\d/])(\d{4})\s?([-–—.])\s?(\d{1,2})\s?\2\s?(\d{1,2})(?![\d/])/g;
// "16.5.2023", "16.05.2023": day first, always with a four-digit year so that "8.30" stays a time.
const DOTTED_DATE = /(?<![\d.:/])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])/g;
// "ons 9.4.25", "Följande möte hålls on 7.5.25 kl. 14": Finland-Swedish notes shorten the year to two figures. Not
// before a capitalised word, so that a sub-point "2.1.10 Budget" is no date.
const DOTTED_SHORT_DATE = /(?<![\d.:/,§])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]|\s*\p{Lu}\p{Ll})/gu;
// "den 11/IV 1958", "9/V": older minutes write the month in Roman numerals after the day.
const ROMAN_MONTH_DATE = /(?<![\d\/.])(\d{1,2})\s?\/\s?(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?:\s+(\d{4})|\s?[-–'’]\s?(\d{2}))?(?![\p{L}\d])/gu;
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
// "76 10 05": the year, month and day in two figures each with spaces between, the Swedish standard form of the 1970s
// and 1980s. Not a group of a longer run of figures (a telephone number "08 12 34 56").
const SPACED_SHORT_DATE = /(?<!\d[ -]?)(\d{2}) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?![ -]?\d)/gu;
// "onsdag vecka 15 2025", "v. 15, onsdag (2025)": a workplace's notes name the day by its week, the year beside it.
const WEEKDAY_NAMES = String.raw`(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?`;
const WEEKDAY_THEN_WEEK = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY_NAMES}\s*,?\s*(?:i\s+)?(?:vecka|v\.?)\s*(\d{1,2})(?!\d)(?:\D{0,6}?((?:19|20)\d{2}))?`, 'giu');
const WEEK_THEN_WEEKDAY = new RegExp(String.raw`(?<![\p{L}])(?:vecka|v\.?)\s*(\d{1,2})\s*,?\s*${WEEKDAY_NAMES}(?:\D{0,6}?((?:19|20)\d{2}))?`, 'giu');
const WEEKDAY_ORDER = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'];

/** The day of an ISO week: week 1 is the week that holds 4 January. */
function isoWeekDay(year: number, week: number, weekday: number): string | null {
  if (week < 1 || week > 53) return null;
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000);
  const day = new Date(monday.getTime() + ((week - 1) * 7 + weekday) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

// "12/11 .1974": OCR may put a speck between the day and month and the year.
// "Ons 9/4 -25": the year in two figures after a spaced dash or apostrophe, as in "12 feb -26".
const SLASH_DATE = /(?<![\d/.:])(\d{1,2})\/(\d{1,2})(?:[-/ ](\d{4}|\d{2})| [.,'](\d{4})| [-–'’](\d{2}))?(?![\d/])/g;
// "09-04-2025": day, month and year with dashes, as some exported templates print it; always a four-digit year.
const DASHED_DAY_FIRST = /(?<![\d\-/.:])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d\-])/g;
// "86-10-14": the short form of the ISO date that Swedish offices typed from the 1970s into the 2000s, year first.
const SHORT_ISO_DATE = /(?<![\d\-/.:])(\d{2})-(\d{2})-(\d{2})(?![\d\-])/g;

/** "-74", "'25": a year printed in two figures; minutes from before 1940 are not written this way, later ones are. */
function fullYear(twoFigures: string): number {
  const n = Number(twoFigures);
  return n <= 40 ? 2000 + n : 1900 + n;
}

/**
 * Every date in `text`, in order: `2023-04-18`, `Torsdagen den 9 mars 2023`,
 * `9 mars`, `14/3`. Dates without a year take it from `reference` (YYYY-MM-DD)
 * and are skipped when there is none.
 */
export function findDates(text: string, reference?: string | null): DateMatch[] {
  const found: DateMatch[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const push = (match: DateMatch) => {
    if (overlaps(match.index, match.index + match.length)) return;
    taken.push([match.index, match.index + match.length]);
    found.push(match);
  };

  for (const m of text.matchAll(ISO_DATE)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (year >= 1900 && year <= 2100 && isValidDate(year, month, day)) {
      push({ iso: toIso(year, month, day), index: m.index, length: m[0].length, explicitYear: true });
    }
  }
  for (const m of text.matchAll(DASHED_DAY_FIRST)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year >= 1900 && year <= 2100 && isValidDate(year, month, day)) {
      push({ iso: toIso(year, month, day), index: m.index, length: m[0].length, explicitYear: true });
    }
  }
  for (const m of text.matchAll(SHORT_ISO_DATE)) {
    const [year, month, day] = [fullYear(m[1]!), Number(m[2]), Number(m[3])];
    if (isValidDate(year, month, day)) push({ iso: toIso(year, month, day), index: m.index, length: m[0].length, explicitYear: true });
  }
  for (const m of text.matchAll(DOTTED_DATE)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (year >= 1900 && year <= 2100 && isValidDate(year, month, day)) {
      push({ iso: toIso(year, month, day), index: m.index, length: m[0].length, explicitYear: true });
    }
  }
  for (const m of text.matchAll(DOTTED_SHORT_DATE)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), fullYear(m[3]!)];
    if (isValidDate(year, month, day)) push({ iso: toIso(year, month, day), index: m.index, length: m[0].length, explicitYear: true });
  }
  for (const m of text.matchAll(SPACED_SHORT_DATE)) {
    const [year, month, day] = [fullYear(m[1]!), Number(m[2]), Number(m[3])];
    if (isValidDate(year, month, day)) push({ iso: toIso(year, month, day), index: m.index, length: m[0].length, explicitYear: true });
  }
  for (const [pattern, dayAt, weekAt] of [[WEEKDAY_THEN_WEEK, 1, 2], [WEEK_THEN_WEEKDAY, 2, 1]] as const) {
    for (const m of text.matchAll(pattern)) {
      const year = m[3] ? Number(m[3]) : reference ? Number(reference.slice(0, 4)) : null;
      const iso = year === null ? null : isoWeekDay(year, Number(m[weekAt]), WEEKDAY_ORDER.indexOf(m[dayAt]!.toLowerCase()));
      if (iso) push({ iso, index: m.index, length: m[0].length, explicitYear: m[3] !== undefined });
    }
  }
  // A date without a year takes it from the meeting it belongs to (rolling over at the new year).
  const pushDayMonth = (day: number, month: number, year: number | null, m: RegExpMatchArray) => {
    const resolved = year ?? (reference ? inferYear(month, day, reference) : null);
    if (resolved === null || !isValidDate(resolved, month, day)) return;
    push({ iso: toIso(resolved, month, day), index: m.index ?? 0, length: m[0].length, explicitYear: year !== null });
  };
  for (const m of text.matchAll(YEAR_FIRST_DATE)) {
    const month = monthNumber(m[3]!);
    if (month === null) continue;
    pushDayMonth(Number(m[2]), month, Number(m[1]), m);
  }
  // "12–13 juni": a meeting over two days starts on the first.
  for (const m of text.matchAll(DAY_RANGE_DATE)) {
    const month = monthNumber(m[2]!);
    if (month === null) continue;
    pushDayMonth(Number(m[1]), month, m[3] ? Number(m[3]) : null, m);
  }
  for (const m of text.matchAll(WORD_DATE)) {
    const month = monthNumber(m[2]!);
    if (month === null) continue;
    pushDayMonth(Number(m[1]), month, m[3] ? Number(m[3]) : m[4] ? fullYear(m[4]) : null, m);
  }
  for (const m of text.matchAll(ROMAN_MONTH_DATE)) {
    pushDayMonth(Number(m[1]), ROMAN_MONTHS.indexOf(m[2]!) + 1, m[3] ? Number(m[3]) : m[4] ? fullYear(m[4]) : null, m);
  }
  for (const m of text.matchAll(SLASH_DATE)) {
    const printedYear = m[3] ?? m[4] ?? m[5];
    const year = printedYear ? (printedYear.length === 2 ? fullYear(printedYear) : Number(printedYear)) : null;
    pushDayMonth(Number(m[1]), Number(m[2]), year, m);
  }
  return found.sort((a, b) => a.index - b.index);
}

// "250319", "20250319": a date in figures without separators, as file names and informal titles write it.
const COMPACT_DATE = /(?<![\d\-/.:])(20)?(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d\-/.:])/u;

/**
 * A date written "250319" or "20250319". Only a title that names the document ("Minnesanteckningar styrgruppsmöte
 * 250319") is trusted with it: elsewhere six figures are as often an amount or a reference.
 */
export function findCompactDate(text: string): DateMatch | undefined {
  const m = COMPACT_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [2000 + Number(m[2]), Number(m[3]), Number(m[4])];
  return isValidDate(year, month, day) ? { iso: toIso(year, month, day), index: m.index, length: m[0].length, explicitYear: true } : undefined;
}

/** The first date in `text`, or null. */
export function parseSwedishDate(text: string, reference?: string | null): string | null {
  return findDates(text, reference)[0]?.iso ?? null;
}
