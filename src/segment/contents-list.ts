import type { ItemHeading } from './item-heading.ts';

// "§ 71 Bygglov, Gyllebo 4:12 ........ 3": a contents list's dot leaders and the page number after them. OCR reads the
// leaders as dots mixed with letters ("....s.sssmmm SSA 3"), so everything from the leaders on goes.
const LEADERS_AND_PAGE = /\s*(?:[.…·]\s?){4,}.*$/u;

const PARAGRAPH_KINDS: ReadonlySet<ItemHeading['kind']> = new Set(['paragraph', 'glued', 'spaced', 'signAfter']);

function key(title: string): string {
  return title.replace(LEADERS_AND_PAGE, '').toLowerCase().replace(/[^\p{L}\d]+/gu, '');
}

/** The same paragraph, or the contents list's entry for it with the page number after the title ("… 2025 2"). */
function sameParagraph(entry: ItemHeading, paragraph: ItemHeading): boolean {
  const own = key(entry.title);
  const other = key(paragraph.title);
  return entry.number === paragraph.number && other !== '' && own.startsWith(other) && /^\d{0,3}$/u.test(own.slice(other.length));
}

/**
 * A protokoll that opens with a list of its paragraphs ("Ärendeförteckning", "Innehåll", with page numbers) names each
 * paragraph twice; an entry whose number and title come again further down is the list's, not the paragraph. Two or
 * more such pairs make a list: one heading printed again is a paragraph continued on the next page.
 */
export function withoutContentsEntries(candidates: readonly ItemHeading[]): ItemHeading[] {
  const entries = candidates.filter((c) => PARAGRAPH_KINDS.has(c.kind) && candidates.some((d) => d.line > c.line && PARAGRAPH_KINDS.has(d.kind) && sameParagraph(c, d)));
  return entries.length >= 2 ? candidates.filter((c) => !entries.includes(c)) : [...candidates];
}

/** A title without the dot leaders and page number of a contents list ("Val av justerare ........ 2"). */
export function withoutLeaders(heading: ItemHeading): ItemHeading {
  const title = heading.title.replace(LEADERS_AND_PAGE, '');
  return title !== heading.title && title.trim() !== '' ? { ...heading, title: title.trim() } : heading;
}
