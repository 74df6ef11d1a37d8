import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "§ | Ärende | Sida", "Nr | Ärende", "Paragraf | Rubrik | Sid.": the column headings of a list of the meeting's items.
// OCR reads the sign alone in its cell as "8", "$" or "S"; beside "Ärende" it is still the sign.
// "Punkt | Ämne | Ansvarig": minutes kept as a table number their points in a column headed "Punkt", the subject beside it.
export const NUMBER_COLUMN = /^(?:[§$&8S]|nr|nummer|paragraf|pykälä|punkt|pkt\.?)$/iu;
export const TITLE_COLUMN = /^(?:ärende|ärenden|rubrik|asia|ämne)$/iu;
// "Sida", "Sid.", "s.": the page of the agenda's documents where each item begins.
const CLOCK_COLUMN = /^(?:kl\.?|klockan|tid|k[lI1]\.?)$/iu;
// "Bil.", "Bilaga": the number of the enclosure that holds each point's documents, a short figure at the right as a page.
const PAGE_COLUMN = /^(?:sida|sid\.?|sidan|s\.|sivu|bil\.?|bilaga|bilagor)$/iu;
// "Ärenden | Dnr | Bil.": a column of diary numbers between the titles and the enclosures'.
const DIARY_COLUMN = /^(?:dnr\.?|diarienr\.?|diarienummer)$/iu;
// "89/12", "KS 88/141", "1989:27": a diary number of the year (two figures or four) and the serial, which OCR ran into
// the title where it closed the column gap.
const DIARY_NUMBER_AT_END = /\s+(?:\p{Lu}{1,6}\s*)?(?:\d{2}|\d{4})\s*[/:.-]\s*\d{1,5}\s*(?:[^\p{L}\d\s]{1,2}\s*)?$/u;

export function headerCellsOf(header: DocumentLine): string[] | null {
  // "Nr | Kl | Ärende": the column of the time each point is planned for stands between the number and the title.
  // "Nr — Ärende | Typ": OCR's dashes and bars from the column gaps are no column headings.
  const words = header.cells.flatMap((c) => c.trim().split(/\s+/)).filter((w) => w !== '' && !/^[^\p{L}\d§$&]+$/u.test(w));
  const cells = words.filter((w, k) => !(k === 1 && CLOCK_COLUMN.test(w)));
  return cells.length >= 2 && NUMBER_COLUMN.test(cells[0]!) && TITLE_COLUMN.test(cells[1]!) ? cells : null;
}

function headerCells(lines: readonly DocumentLine[], first: ItemHeading): string[] | null {
  const above = lines.slice(Math.max(0, first.line - 5), first.line).filter((line) => !isBlank(line)).reverse();
  const nearest = above[0] ? headerCellsOf(above[0]) : null;
  if (nearest) return nearest;
  // "Nr | Ärende | Dnr" / "Beslutsärenden" / "1 | Val av justerare": a group heading of a word or two between the header
  // and the first point.
  if (above[0] && above[1] && above[0].cells.length === 1 && /^\s*\p{Lu}\p{L}+(?:\s+\p{L}+)?\s*[:|.]?\s*$/u.test(above[0].text)) {
    const header = headerCellsOf(above[1]);
    if (header) return header;
  }
  // "Punkt | Ämne | …" / "då | Föregående | …" / "minnesanteckningar | …" / "2 | Status …": when OCR lost the first
  // point's number, the chain starts at the second point, the first point's two rows between it and the header.
  const header = above.slice(1, 3).find((line) => headerCellsOf(line) !== null);
  return first.number === '2' && header ? headerCellsOf(header) : null;
}

/**
 * "31 | Mötets laglighet …" under "§ | Ärende": a number column headed by "§" or "Nr" says the bare figures are the
 * items' own numbers, so the list need not start at 1 (a paragraph series goes on through the year).
 */
export function underNumberColumn(lines: readonly DocumentLine[], first: ItemHeading): boolean {
  return headerCells(lines, first) !== null;
}

/** "31 | Mötets laglighet | 3" under "§ | Ärende | Sida": the page where the item's documents begin is no part of it. */
export function withoutPageColumn(lines: readonly DocumentLine[], headings: ItemHeading[]): ItemHeading[] {
  const first = headings[0];
  const header = first ? headerCells(lines, first) : null;
  if (!(header && PAGE_COLUMN.test(header[header.length - 1]!)) && !(first && underTitleAndPage(lines, first))) return headings;
  const diaryColumn = [...(header ?? []), ...((first && titleAndPageHeader(lines, first)) ?? [])].some((w) => DIARY_COLUMN.test(w));
  return headings.map((heading) => {
    const last = heading.trailing[heading.trailing.length - 1];
    // "ONBOOW", "PP 0": OCR's reading of a narrow column of figures is capitals and figures, never a word in lower case.
    // "–": a point with no documents has a dash for its page.
    if (last !== undefined && /^(?:[\d\p{Lu}\s|.]{1,8}|[–—-])$/u.test(last.trim())) return { ...heading, trailing: heading.trailing.slice(0, -1) };
    // A title whose column gap OCR closed: "Val av protokolljusterare 3".
    // "… resa till 89/27 : 2", "Delegationsbeslut . 6.", "Meddelanden a 7": a speck OCR read in the gap before the figure.
    const m = heading.trailing.length === 0 ? /^(.*\p{L}.*?)(?:\s+(?:[^\p{L}\d\s]{1,2}|\p{Ll}))?\s+\d{1,3}\.?$/u.exec(heading.title) : null;
    const title = m ? m[1]! : heading.title;
    // "Verksamhetsberättelse för år 1988 89/12" under "Ärenden | Dnr | Bil.": the diary number's cell ran in as well.
    const diary = heading.trailing.length === 0 && diaryColumn ? DIARY_NUMBER_AT_END.exec(title) : null;
    const bare = diary && /\p{L}{3}/u.test(title.slice(0, diary.index)) ? title.slice(0, diary.index) : title;
    return bare === heading.title ? heading : { ...heading, title: bare };
  });
}

/**
 * "Ärende | Sida" over "1. Val av justerare ……… 2": a list like a table of contents, the points numbered inside the title
 * column and the page of their documents at the right; OCR may leave a speck on a heading ('Ärende "Sida').
 */
function underTitleAndPage(lines: readonly DocumentLine[], first: ItemHeading): boolean {
  return titleAndPageHeader(lines, first) !== null;
}

function titleAndPageHeader(lines: readonly DocumentLine[], first: ItemHeading): string[] | null {
  const above = lines.slice(Math.max(0, first.line - 5), first.line).filter((line) => !isBlank(line)).reverse().slice(0, 2);
  for (const row of above) {
    const words = row.cells.flatMap((c) => c.trim().split(/\s+/)).map((w) => w.replace(/^[^\p{L}\d§$&]+|[^\p{L}\d.]+$/gu, '')).filter((w) => w !== '');
    if (words.length >= 2 && words.length <= 4 && (NUMBER_COLUMN.test(words[0]!) || TITLE_COLUMN.test(words[0]!)) && PAGE_COLUMN.test(words[words.length - 1]!)) return words;
  }
  return null;
}

// "då", "Il.", "|": what OCR makes of a lone "1" in a table's number column: a letter or two, or a speck.
const MISREAD_FIGURE = /^\s*(?:\p{L}{1,2}|[|!lI]|\d\p{L})[.:,]?\s*$/u;

/**
 * "Punkt | Ämne | …" / "då | Föregående | …" / "minnesanteckningar | …" / "2 | Status …": the first row under the
 * table's header, its "1" misread as a letter or two in the number column and its title wrapped onto rows in lower case,
 * is the first point when the numbered rows start at 2. In a number column no sentence opens, so the misreading may be
 * a word ("då", "på").
 */
export function withMisreadFirstRow(lines: readonly DocumentLine[], chain: ItemHeading[]): ItemHeading[] {
  const first = chain[0];
  if (!first || first.number !== '2') return chain;
  let i = first.line - 1;
  for (let wrapped = 0; i >= 0 && (isBlank(lines[i]!) || (/^\s*\p{Ll}/u.test(lines[i]!.text) && !MISREAD_FIGURE.test(lines[i]!.cells[0]!) && wrapped++ < 2)); i--);
  const row = lines[i];
  if (!row || row.cells.length < 2 || !MISREAD_FIGURE.test(row.cells[0]!) || !/^\s*\p{Lu}/u.test(row.cells[1]!)) return chain;
  const above = lines.slice(Math.max(0, i - 2), i).filter((line) => !isBlank(line)).pop();
  if (!above || headerCellsOf(above) === null) return chain;
  return [{ line: i, number: '1', title: row.cells[1]!.trim(), trailing: row.cells.slice(2), kind: first.kind }, ...chain];
}
