// Older Swedish minutes give the hour on a twelve-hour clock with "e.m." (eftermiddagen) or "f.m." (förmiddagen) after
// it: "kl. 7.30 e.m." is half past seven in the evening. Such a time is rewritten on the 24-hour clock in place, padded to
// the same length, so that every index into the text still points where it did.

const KL = String.raw`(?:k[l1I|](?:ockan)?\.?\s*)`;
const HOUR = String.raw`(\d{1,2})(?:[.:](\d{2}))?`;
const DASH = String.raw`\s*(?:[-–—‒]+|till)\s*`;
// "e.m.", "e. m.", "em", "på eftermiddagen", "på kvällen"; "f.m.", "fm", "på förmiddagen", "på morgonen".
const AFTERNOON = String.raw`e\.?\s?m\.?(?!\p{L})|på\s+(?:eftermiddagen|kvällen|aftonen)`;
const FORENOON = String.raw`f\.?\s?m\.?(?!\p{L})|på\s+(?:förmiddagen|morgonen)`;
const SUFFIX = String.raw`\s*(?:(${AFTERNOON})|${FORENOON})`;

// "kl. 7–9 e.m.", "19.00–9.30 e.m.": one suffix after a range holds for both ends.
const RANGE = new RegExp(String.raw`(?<![\p{L}\d.:])(${KL})?${HOUR}${DASH}${HOUR}${SUFFIX}`, 'gu');
// "kl. 10 fm – 3 em", "kl. 11 f.m.–1 e.m.": a range whose ends each carry their own half of the day (a day's
// planning that runs over noon). Read before the single times, which would turn the start alone and leave the end a
// bare hour that no later reading may take for an afternoon.
const SUFFIX_EACH = String.raw`\s*(?:(${AFTERNOON})|(${FORENOON}))`;
const RANGE_EACH = new RegExp(String.raw`(?<![\p{L}\d.:])(${KL})?${HOUR}${SUFFIX_EACH}${DASH}${HOUR}${SUFFIX_EACH}`, 'gu');
// "kl. 7 e.m.", "7.30 e.m.": a single time needs "kl" or minutes, so that a date's day is never read as an hour
// ("den 12 f.m." is "förra månaden" in an older letter).
const SINGLE = new RegExp(String.raw`(?<![\p{L}\d.:])(${KL})?${HOUR}${SUFFIX}`, 'gu');

function clock(hours: number, minutes: string | undefined, separator: string): string {
  return minutes === undefined ? String(hours) : `${hours}${separator}${minutes}`;
}

function afternoon(hours: number): number {
  return hours >= 1 && hours < 12 ? hours + 12 : hours;
}

/** Fits `replacement` into `length` characters with trailing spaces, or gives up (null) when it is longer. */
function padded(replacement: string, length: number): string | null {
  return replacement.length <= length ? replacement + ' '.repeat(length - replacement.length) : null;
}

/** A stretch of the text that was rewritten: the 24-hour time, then the spaces that pad it to the original's length. */
export interface RewrittenSpan {
  start: number;
  end: number;
}

/**
 * `text` with "e.m."/"f.m." times on the 24-hour clock and the suffix blanked, at the same length, and where it was
 * rewritten (so that a time found there can be taken to cover its blanked suffix too).
 */
export function withTwentyFourHourClock(text: string): { text: string; rewritten: RewrittenSpan[] } {
  if (!/[ef]\.?\s?m\b|på\s+(?:efter|för)middagen|på\s+(?:kvällen|aftonen|morgonen)/iu.test(text)) return { text, rewritten: [] };
  const rewritten: RewrittenSpan[] = [];
  const separator = (whole: string) => (/\d:\d/u.test(whole) ? ':' : '.');
  const rewrite = (whole: string, offset: number, replacement: string) => {
    // "… kl. 7.30 e.m. Sammanträdet …": the abbreviation's stop is the sentence's too, and stays where a sentence ends.
    const endsSentence = whole.endsWith('.') && /^\s*(?:$|\p{Lu})/u.test(text.slice(offset + whole.length));
    const fitted = endsSentence ? padded(replacement, whole.length - 1)?.concat('.') ?? null : padded(replacement, whole.length);
    if (fitted === null) return whole;
    rewritten.push({ start: offset, end: offset + whole.length - (endsSentence ? 1 : 0) });
    return fitted;
  };
  const eachEnd = text.replace(RANGE_EACH, (whole: string, kl: string | undefined, h1: string, m1: string | undefined, pm1: string | undefined, _am1: string | undefined, h2: string, m2: string | undefined, pm2: string | undefined, _am2: string | undefined, offset: number) => {
    const from = pm1 ? afternoon(Number(h1)) : Number(h1);
    const to = pm2 ? afternoon(Number(h2)) : Number(h2);
    return rewrite(whole, offset, `${kl ?? ''}${clock(from, m1, separator(whole))}–${clock(to, m2, separator(whole))}`);
  });
  const ranged = eachEnd.replace(RANGE, (whole: string, kl: string | undefined, h1: string, m1: string | undefined, h2: string, m2: string | undefined, pm: string | undefined, offset: number) => {
    const sep = separator(whole);
    let from = Number(h1);
    const to = pm ? afternoon(Number(h2)) : Number(h2);
    // "kl. 11–2 e.m.": the start stays before noon when the afternoon reading would put it after the end.
    if (pm && afternoon(from) <= to) from = afternoon(from);
    return rewrite(whole, offset, `${kl ?? ''}${clock(from, m1, sep)}–${clock(to, m2, sep)}`);
  });
  const single = ranged.replace(SINGLE, (whole: string, kl: string | undefined, h: string, m: string | undefined, pm: string | undefined, offset: number) => {
    if (kl === undefined && m === undefined) return whole;
    const hours = pm ? afternoon(Number(h)) : Number(h);
    return rewrite(whole, offset, `${kl ?? ''}${clock(hours, m, separator(whole))}`);
  });
  return { text: single, rewritten };
}
