import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "§ | Ärende | Sida", "Nr | Ärende", "Paragraf | Rubrik | Sid.": the column headings of a list of the meeting's items.
// OCR reads the sign alone in its cell as "8", "$" or "S"; beside "Ärende" it is still the sign.
const NUMBER_COLUMN = /^(?:[§$&8S]|nr|nummer|paragraf|pykälä)$/iu;
const TITLE_COLUMN = /^(?:ärende|ärenden|rubrik|asia)$/iu;
// "Sida", "Sid.", "s.": the page of the agenda's documents where each item begins.
const CLOCK_COLUMN = /^(?:kl\.?|klockan|tid|k[lI1]\.?)$/iu;
const PAGE_COLUMN = /^(?:sida|sid\.?|sidan|s\.|sivu)$/iu;

function headerCells(lines: readonly DocumentLine[], first: ItemHeading): string[] | null {
  const header = lines.slice(Math.max(0, first.line - 3), first.line).reverse().find((line) => !isBlank(line));
  // "Nr | Kl | Ärende": the column of the time each point is planned for stands between the number and the title.
  const cells = header?.cells.flatMap((c) => c.trim().split(/\s+/)).filter((w, k) => w !== '' && !(k === 1 && CLOCK_COLUMN.test(w))) ?? [];
  return cells.length >= 2 && NUMBER_COLUMN.test(cells[0]!) && TITLE_COLUMN.test(cells[1]!) ? cells : null;
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
  if (!header || !PAGE_COLUMN.test(header[header.length - 1]!)) return headings;
  return headings.map((heading) => {
    const last = heading.trailing[heading.trailing.length - 1];
    // "ONBOOW", "PP 0": OCR's reading of a narrow column of figures is capitals and figures, never a word in lower case.
    if (last !== undefined && /^[\d\p{Lu}\s|.]{1,8}$/u.test(last.trim())) return { ...heading, trailing: heading.trailing.slice(0, -1) };
    // A title whose column gap OCR closed: "Val av protokolljusterare 3".
    const m = heading.trailing.length === 0 ? /^(.*\p{L}.*?)\s+\d{1,3}$/u.exec(heading.title) : null;
    return m ? { ...heading, title: m[1]! } : heading;
  });
}
