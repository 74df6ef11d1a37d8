import { type DocumentLine, isBlank } from './document-lines.ts';
import { isStructural } from './structural-rows.ts';

export interface HeadRow {
  line: DocumentLine;
  /** Index of the row's last line in the page: a row joined from two ends where the second did. */
  index: number;
}

// "… onsdagen den 8 oktober" / "2025 kl. 13.30 i …": OCR wraps a sentence at the margin wherever it fills the line,
// also between a date's month and its year.
// "den 3:e mars" / "2025 …": a day written with its ordinal ending too.
const MONTH_AT_END = /\b\d{1,2}(?::[ae])?\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?\s*$/iu;
const YEAR_AT_START = /^\s*(?:1[89]|20)\d{2}(?!\d)/u;

// "… sammanträde den 3" / "maj 1961 kl. 19.00 …": wrapped between the day and the month, after "den", which names a day.
const DAY_AT_END = /\bden\s+\d{1,2}(?::[ae])?\s*$/iu;
const MONTH_AND_YEAR_AT_START = /^\s*(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\s+[.,'’]?(?:1[89]|20)\d{2}(?!\d)/iu;

/** The head's rows with a date that OCR broke between month and year (or day and month) put back on one row. */
export function withDateYearsRejoined(rows: readonly HeadRow[]): HeadRow[] {
  const result: HeadRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const next = rows[k + 1];
    const broken = next && ((MONTH_AT_END.test(row.line.text) && YEAR_AT_START.test(next.line.text)) || (DAY_AT_END.test(row.line.text) && MONTH_AND_YEAR_AT_START.test(next.line.text)));
    if (next && broken && !isStructural(next.line)) {
      const text = `${row.line.text.trim()} ${next.line.text.trim()}`;
      result.push({ line: { page: row.line.page, cells: [text], text }, index: next.index });
      k++;
    } else {
      result.push(row);
    }
  }
  return result;
}

// "… den 9 juni 1979 i" / "skolhuset, Mossby.": the place's preposition ends the row, the place the next.
// "… kl. 19.00 å nämndens" / "kansli, Storgatan 3.": older Swedish writes "å" for "på".
const PLACE_BEGUN = /^\s*,?\s*(?:i|på|å)(?:\s+[^.!?]*)?$/u;

/**
 * The text after a head's date, with the rows below that finish its place where the sentence wrapped after "i" or "på"
 * before its stop; only rows that are no label, signature or blank row, no more than two, and only when the sentence
 * ends with its stop there.
 */
export function placeWrappedBelow(after: string, below: readonly DocumentLine[]): string {
  if (!PLACE_BEGUN.test(after)) return after;
  let text = after;
  for (const next of below.slice(0, 2)) {
    if (isBlank(next) || isStructural(next)) return after;
    text = `${text.trimEnd()} ${next.text.trim()}`;
    // "… skolhuset, Mossby.' |", "… Storgatan 3. i": the stop may stand before specks from the page edge, a lone letter too.
    if (/[.!](?:\s+\p{L}(?=\s|$))?[\s'"`’‘|:;]*$/u.test(text)) return text;
  }
  return after;
}
