import { type DocumentLine, isBlank } from './document-lines.ts';
import { similarity } from '../text/edit-distance.ts';

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

// "a", "3", "' ,": dust at the foot or the head of a page that OCR read as a letter or two, a figure or specks. The words
// "i", "å" and "ö" are no dust.
const SPECK_ROW = /^[^\p{L}\d]*(?:(?![iåö][^\p{L}\d]*$)\p{L}{1,2}|\d{1,2})?[^\p{L}\d]*$/u;

function isSpeck(line: DocumentLine): boolean {
  return SPECK_ROW.test(line.text.trim());
}

function firstContent(rows: readonly DocumentLine[]): number {
  return rows.findIndex((line) => !isBlank(line));
}

function lastContent(rows: readonly DocumentLine[]): number {
  for (let i = rows.length - 1; i >= 0; i--) if (!isBlank(rows[i]!)) return i;
  return -1;
}

/** The first content row of a page that is not dust, looking past at most two rows of dust. */
function firstWords(rows: readonly DocumentLine[]): number {
  const first = firstContent(rows);
  let specks = 0;
  for (let i = first; i !== -1 && i < rows.length; i++) {
    if (isBlank(rows[i]!)) continue;
    if (!isSpeck(rows[i]!) || ++specks > 2) return isSpeck(rows[i]!) ? first : i;
  }
  return first;
}

/** The last content row that is not dust, looking past at most two rows of dust. */
function lastWords(rows: readonly DocumentLine[]): number {
  const last = lastContent(rows);
  let specks = 0;
  for (let i = last; i >= 0; i--) {
    if (isBlank(rows[i]!)) continue;
    if (!isSpeck(rows[i]!) || ++specks > 2) return isSpeck(rows[i]!) ? last : i;
  }
  return last;
}

// A row that ends mid-sentence: not after a full stop, a question or exclamation mark, or a colon that opens a list.
const OPEN_END = /[\p{L}\d,;–-]$/u;
// "informera berörda …", "att kyrkan skall …", "medlemsbrev före jul.": the next page goes on in lower case.
const GOES_ON = /^\p{Ll}/u;
// "… beslutade att anlita" / "Umeå Takservice AB …": a row that ends in a word that cannot end a sentence goes on over the
// page whatever the next row opens with (a name, a place).
const BREAKS_OFF = /(?:^|\s)(?:att|och|samt|av|till|för|med|i|på|om|en|ett|den|det|de|som|från|vid|mot|hos|åt|enligt|inom|genom)$/u;

// "§ 101 | Bygglov för … | MBN 2023/318", "4. Ny socialtjänstlag …": a row that opens with an item's number. OCR reads
// the paragraph sign as "$", "&", "8" or "S", glued or spaced, and specks from the margin before it ("-$ 101 . Bygglov").
const NUMBERED_HEADING = /^[\s\-–—.,:;'"|]*(?:[§$&]\s*(\d{1,4})|[8sS]\s*(\d{2,4})(?=[\s.:])|(\d{1,3})[.)])[\s.:,;'"|]*(?=\p{L})(.*)$/u;
const TRAILING_MARK = new RegExp(String.raw`[\s,–-]*${MARK}\s*$`, 'iu');

function headingKey(line: DocumentLine): { number: string; words: string } | null {
  const m = NUMBERED_HEADING.exec(line.cells.join(' ').trim());
  if (!m) return null;
  const rest = m[4]!.replace(TRAILING_MARK, '').trim();
  // "2. Avgifterna gäller från den 1 april.": a numbered sentence is an entry of a list, not a point's heading.
  if (m[3] !== undefined && /\p{Ll}{2}[.!?]$/u.test(rest)) return null;
  return { number: m[1] ?? m[2] ?? m[3]!, words: rest.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim() };
}

/**
 * Where a page opens by printing again, word for word, the heading of the item that was open when the page before it
 * ended ("§ 101 Bygglov för …" once more, or "4. Ny socialtjänstlag … (forts.)"), the index of that repeat: the template
 * carries the heading over the page, and the item goes on beneath it. An item's heading is printed once; a second
 * heading with the same number and words opening a page is never a new item.
 */
function repeatedHeadingAt(rows: readonly DocumentLine[], before: readonly DocumentLine[]): number {
  let open: { number: string; words: string } | null = null;
  for (let i = before.length - 1; i >= 0 && !open; i--) open = headingKey(before[i]!);
  if (!open) return -1;
  const first = firstWords(rows);
  const key = first === -1 ? null : headingKey(rows[first]!);
  const repeats = key !== null && key.number === open.number && key.words.length >= 4 && (key.words === open.words || similarity(key.words, open.words) >= 0.85);
  return repeats ? first : -1;
}

/**
 * Every page's body rows (running headers and footers already taken out) as one run of rows, as the text was written:
 * continuation marks at a page's edges are dropped, and where a sentence breaks off at the foot of a page and goes on
 * in lower case at the top of the next, the blank rows the layout left around the page break do not end its paragraph;
 * an item's heading printed again at the top of the next page is dropped, so the item's text goes on under it.
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
  cleaned.forEach((page, p) => {
    const repeat = p > 0 ? repeatedHeadingAt(page, joined) : -1;
    const rows = repeat === -1 ? page : [...page.slice(0, repeat), ...page.slice(repeat + 1)];
    // Dust read at the page's edges stands between the sentence's two halves and goes when they are joined.
    const previous = lastWords(joined);
    const next = firstWords(rows);
    const before = previous === -1 ? '' : joined[previous]!.text.trim();
    const seamed = p > 0 && previous !== -1 && next !== -1 && OPEN_END.test(before) && (GOES_ON.test(rows[next]!.text.trim()) || BREAKS_OFF.test(before));
    if (seamed) {
      joined.length = previous + 1;
      joined.push(...rows.slice(next));
    } else joined.push(...rows);
  });
  return joined;
}
