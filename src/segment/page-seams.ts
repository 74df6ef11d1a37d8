import { type DocumentLine, isBlank } from './document-lines.ts';

// "forts.", "(forts.)", "Forts. § 32", "§ 46 (forts.)", "forts. på nästa sida", "Fortsättning från föregående sida", and
// the typewriter's "./.": a row that only says the text goes on over the page. OCR may read the stop as a comma.
const MARK = String.raw`(?:\(\s*)?(?:forts[.,]?|fortsättning)(?:\s*\))?`;
// "Forts. 8 32": OCR reads the paragraph sign as 8, S or $ before a space.
const SIGN = String.raw`(?:§\s*|[8S$]\s+)`;
const WHERE = String.raw`(?:${SIGN}\d{1,4}|(?:från|på)\s+(?:föregående|nästa)\s+sida|nästa\s+sida|(?:från|på)\s+s(?:ida|id)?\.?\s*\d{1,3})`;
const CONTINUATION = new RegExp(String.raw`^(?:${SIGN}\d{1,4}[.,]?\s*)?${MARK}(?:\s*${WHERE})?[.,]?$|^\.\/\.$`, 'iu');
// "Minnesanteckningar, forts.", "Socialnämnden (forts.)": the document's own name, marked as continued, opening a page.
const NAMED_CONTINUATION = new RegExp(String.raw`^[^.!?]{2,60}?[,\s–-]\s*${MARK}$`, 'iu');

/** True for a row that only marks that a paragraph or the page's text continues on the next page or from the one before. */
export function isContinuationMark(text: string, atPageTop: boolean): boolean {
  // "é | forts.": specks at the margin read before the mark.
  const row = text.trim().replace(/^(?:[^\s\d§(]{1,2}\s+)+(?=\(?forts)/iu, '');
  if (CONTINUATION.test(row)) return true;
  return atPageTop && row.split(/\s+/).length <= 6 && NAMED_CONTINUATION.test(row);
}

/** How many content rows at a page's edge a continuation mark may stand among (the rest is running material OCR missed). */
const EDGE = 3;

function firstContent(rows: readonly DocumentLine[]): number {
  return rows.findIndex((line) => !isBlank(line));
}

function lastContent(rows: readonly DocumentLine[]): number {
  for (let i = rows.length - 1; i >= 0; i--) if (!isBlank(rows[i]!)) return i;
  return -1;
}

// A row that ends mid-sentence: not after a full stop, a question or exclamation mark, or a colon that opens a list.
const OPEN_END = /[\p{L}\d,;–-]$/u;
// "informera berörda …", "att kyrkan skall …", "medlemsbrev före jul.": the next page goes on in lower case.
const GOES_ON = /^\p{Ll}/u;
// "… beslutade att anlita" / "Umeå Takservice AB …": a row that ends in a word that cannot end a sentence goes on over the
// page whatever the next row opens with (a name, a place).
const BREAKS_OFF = /(?:^|\s)(?:att|och|samt|av|till|för|med|i|på|om|en|ett|den|det|de|som|från|vid|mot|hos|åt|enligt|inom|genom)$/u;

/**
 * Every page's body rows (running headers and footers already taken out) as one run of rows, as the text was written:
 * continuation marks at a page's edges are dropped, and where a sentence breaks off at the foot of a page and goes on
 * in lower case at the top of the next, the blank rows the layout left around the page break do not end its paragraph.
 */
export function joinPages(pages: readonly DocumentLine[][]): DocumentLine[] {
  const cleaned = pages.map((rows, p) => {
    let kept = [...rows];
    const content = kept.map((line, index) => ({ line, index })).filter(({ line }) => !isBlank(line));
    const isMark = (line: DocumentLine, atPageTop: boolean) => line.cells.length === 1 && isContinuationMark(line.text, atPageTop);
    // The body of a page ends at its "forts." and the next page's begins after its "Forts. § 32": rows beyond the mark
    // (a footer or header OCR garbled past recognition) belong to the page's running material.
    // Inside the edge rows only the abbreviation marks: "Fortsättning" could head a part of the text there.
    const abbreviated = (line: DocumentLine) => !/fortsättning/iu.test(line.text);
    if (p < pages.length - 1) {
      const bottom = content.slice(-EDGE).find(({ line }, k, edge) => isMark(line, false) && (k === edge.length - 1 || abbreviated(line)));
      if (bottom) kept = kept.slice(0, bottom.index);
    }
    if (p > 0) {
      const top = content.slice(0, EDGE).find(({ line }, k) => isMark(line, true) && (k === 0 || abbreviated(line)));
      if (top) kept = kept.slice(top.index + 1);
    }
    return kept;
  });
  const joined: DocumentLine[] = [];
  cleaned.forEach((rows, p) => {
    const previous = lastContent(joined);
    const next = firstContent(rows);
    const before = previous === -1 ? '' : joined[previous]!.text.trim();
    const seamed = p > 0 && previous !== -1 && next !== -1 && OPEN_END.test(before) && (GOES_ON.test(rows[next]!.text.trim()) || BREAKS_OFF.test(before));
    if (seamed) {
      joined.length = previous + 1;
      joined.push(...rows.slice(next));
    } else joined.push(...rows);
  });
  return joined;
}
