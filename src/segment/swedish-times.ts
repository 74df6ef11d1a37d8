import { withTwentyFourHourClock } from './meridiem-times.ts';

export interface TimeMatch {
  start: string;
  end: string | null;
  index: number;
  length: number;
}

function clock(hours: string, minutes: string | undefined): string | null {
  const h = Number(hours);
  const m = minutes === undefined ? 0 : Number(minutes);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

// "kl", "kl.", "klockan", and OCR's "kI"/"k1"/"Kl".
// "Kl.'9.00": a speck after the stop; "kl.:14.00": OCR's colon there; "kl..18.00": a speck read as a second stop;
// "kl, 18.00": OCR's comma for the stop.
const KL = String.raw`(?:k[l1I|](?:ockan)?(?:\.{0,2}|,)[:'’‘\x60]?\s*)`;
// "17.30 -till 19.45": OCR can read a speck before "till" as a dash.
// "kl 08.30 = 11.45": a typewriter's dash, spaced, that OCR read as an equals sign.
// "kl. 18.30:- 20.45": a speck OCR read as a colon or stop against the dash.
const DASH = String.raw`\s*(?:[:.;](?=[-–—‒]))?(?:[-–—‒]+|[-–—‒]?\s*till|to|(?<=\s)=(?=\s))\s*`;
const HM = String.raw`(\d{1,2})[.:,](\d{2})`;
const H_OPT = String.raw`(\d{1,2})(?:[.:,](\d{2}))?`;
// "09.00-11. 30": OCR can put a space after the separator of the range's end, where a range already says it is a time.
const H_END = String.raw`(\d{1,2})(?:[.:,]\s?(\d{2}))?`;
// "kl. 13–ca 15", "18.30–cirka 20": an end time given as an estimate is still the end.
// "kl.19-ca-:21.30": OCR reads the typewriter's spacing after "ca" as a dash or colon specks.
const ABOUT = String.raw`(?:(?:ca\.?|cirka|ungefär)(?:\s*[-–:'’]+)?\s*)?`;

// "kl. 13. 00-15.30": after "kl" the start may have OCR's space after its separator too.
const RANGE_AFTER_KL = new RegExp(String.raw`(?<![\p{L}\d])${KL}${H_END}${DASH}${ABOUT}(?:${KL})?${H_END}(?![\d])`, 'giu');
// "kl 9: 30 ca 11. 30": OCR lost the dash before an estimated end; after "kl", "ca" alone joins the two times.
const RANGE_AFTER_KL_ABOUT = new RegExp(String.raw`(?<![\p{L}\d])${KL}${H_END}\s+(?:ca\.?|cirka)\s*(?:${KL})?${H_END}(?![\d])`, 'giu');
const RANGE_BARE = new RegExp(String.raw`(?<![\d.:/-])${HM}${DASH}${ABOUT}(?:${KL})?${H_END}(?![\d.:]?\d)`, 'gu');
// "13–15" with no "kl" and no minutes: only trusted where a label says the value is a time.
// "14–15 mars": a range of days before a month's name is a meeting over two days, not two hours.
const RANGE_HOURS = new RegExp(String.raw`(?<![\d.:/\-–])(\d{1,2})\s*[-–—‒]\s*(?:(?:ca\.?|cirka|ungefär)\s*)?(\d{1,2})(?![\d.:/\-–%]|\s*(?:år|procent|st|kr|personer|deltagare)\b|\s*(?:jan|feb|mars?|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{Ll}*\.?(?!\p{L}))`, 'gu');
// "Tid: 0900–1130": four figures without a separator, only where a label says the value is a time.
const RANGE_FOUR_FIGURES = /(?<![\d.:/\-–])(0[6-9]|1\d|2[0-2])([0-5]\d)\s*[-–—‒]+\s*(0[6-9]|1\d|2[0-3])([0-5]\d)(?![\d.:/])/gu;
const SINGLE_FOUR_AFTER_KL = new RegExp(String.raw`(?<![\p{L}\d])${KL}(0[6-9]|1\d|2[0-2])([0-5]\d)(?![\d.:])`, 'giu');
// "Tid: 9–10.30": a whole hour, then an end with minutes; also only trusted where a label says the value is a time.
// "9—-10.30": OCR doubles the dash.
const RANGE_HOUR_TO_MINUTES = new RegExp(String.raw`(?<![\d.:/\-–])(\d{1,2})\s*[-–—‒]+\s*${ABOUT}${HM}(?![\d])`, 'gu');
// "mellan kl. 9.00 och 11.30", "mellan 13.00 och 15": a range in words; trusted with "kl", minutes or a time label.
const RANGE_BETWEEN = new RegExp(String.raw`(?<![\p{L}\d])mellan\s+(${KL})?${H_OPT}\s+och\s+(?:${KL})?${H_END}(?![\d])`, 'giu');
// "kl. 17. 00 å kommunalkontoret": after "kl" a lone time may have OCR's space after its separator, as a range's may.
const SINGLE_AFTER_KL = new RegExp(String.raw`(?<![\p{L}\d])${KL}${H_END}(?![\d])`, 'giu');
const SINGLE_COLON = /(?<![\d.:/-])(\d{1,2}):(\d{2})(?![\d])/g;
// "Tid: 14.00" with no "kl": only trusted where a label says the value is a time (a dotted pair is also a date part).
const SINGLE_DOTTED = /(?<![\d.:/-])(\d{1,2})\.(\d{2})(?![\d.])/g;

// "kl.l9-ca 21.30": right after "kl" OCR reads the hour's one as an l, I or bar; only a one fits there before a figure.
// Rewritten in place, one character for one, so that indices hold.
function withOneAfterKl(text: string): string {
  return text.replace(/(?<=(?<![\p{L}\d])k[l1I|]\.?\s?)[lI|](?=\d(?![\d]))/gu, '1');
}

/**
 * The first clock time or time range in `text`: `kl 9.30-11.00`,
 * `kl. 13.00–15.30`, `13:00`, `klockan 9`. Times come back as HH:MM.
 * With `hoursOnly` (a value labelled as a time), "13–15" counts too.
 */
export function findTimeRange(text: string, options: { hoursOnly?: boolean } = {}): TimeMatch | null {
  // "kl. 7.30 e.m.": older minutes' twelve-hour clock, read on the 24-hour clock (same length, so indices hold).
  const clock24 = withTwentyFourHourClock(text);
  text = withOneAfterKl(clock24.text);
  const candidates: TimeMatch[] = [];
  if (options.hoursOnly) {
    for (const m of text.matchAll(RANGE_HOURS)) {
      const [from, to] = [Number(m[1]), Number(m[2])];
      if (from >= 6 && to > from && to <= 23) candidates.push({ start: clock(m[1]!, undefined)!, end: clock(m[2]!, undefined)!, index: m.index, length: m[0].length });
    }
    for (const m of text.matchAll(RANGE_FOUR_FIGURES)) {
      const start = clock(m[1]!, m[2]);
      const end = clock(m[3]!, m[4]);
      if (start && end && end > start) candidates.push({ start, end, index: m.index, length: m[0].length });
    }
    for (const m of text.matchAll(RANGE_HOUR_TO_MINUTES)) {
      const start = clock(m[1]!, undefined);
      const end = clock(m[2]!, m[3]);
      if (start && end && Number(m[1]) >= 6 && end > start) candidates.push({ start, end, index: m.index, length: m[0].length });
    }
  }
  for (const m of text.matchAll(RANGE_BETWEEN)) {
    const start = clock(m[2]!, m[3]);
    const end = clock(m[4]!, m[5]);
    if (start && end && end > start && (m[1] !== undefined || m[3] !== undefined || options.hoursOnly)) candidates.push({ start, end, index: m.index, length: m[0].length });
  }
  for (const m of text.matchAll(RANGE_AFTER_KL_ABOUT)) {
    const start = clock(m[1]!, m[2]);
    const end = clock(m[3]!, m[4]);
    if (start && end && end > start) candidates.push({ start, end, index: m.index, length: m[0].length });
  }
  for (const pattern of [RANGE_AFTER_KL, RANGE_BARE]) {
    for (const m of text.matchAll(pattern)) {
      const start = clock(m[1]!, m[2]);
      const end = clock(m[3]!, m[4]);
      if (start && end) candidates.push({ start, end, index: m.index, length: m[0].length });
    }
  }
  if (candidates.length === 0) {
    // "kl. 0900": after "kl." four figures are a time.
    for (const m of text.matchAll(SINGLE_FOUR_AFTER_KL)) {
      const start = clock(m[1]!, m[2]);
      if (start) candidates.push({ start, end: null, index: m.index, length: m[0].length });
    }
  }
  if (candidates.length === 0) {
    for (const pattern of options.hoursOnly ? [SINGLE_AFTER_KL, SINGLE_COLON, SINGLE_DOTTED] : [SINGLE_AFTER_KL, SINGLE_COLON]) {
      for (const m of text.matchAll(pattern)) {
        const start = clock(m[1]!, m[2]);
        if (start) candidates.push({ start, end: null, index: m.index, length: m[0].length });
      }
    }
  }
  candidates.sort((a, b) => a.index - b.index || b.length - a.length);
  const found = candidates[0] ?? null;
  // The blanked "e.m." after a rewritten time is part of it: what follows the match is what followed the suffix.
  const span = found && clock24.rewritten.find((r) => found.index >= r.start && found.index + found.length <= r.end);
  return found && span ? { ...found, length: span.end - found.index } : found;
}
