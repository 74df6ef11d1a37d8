import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';

// "Dnr KS 21/0412", "Dnr: 2020/113": the case reference a protokoll prints on a paragraph's heading row or under it.
// "847 . . | \"Dnr BUN …": on a poor scan a speck read as a quote against it.
const CASE_REFERENCE = /(?:^|\s)["'`’“”|]?dnr\b/iu;

/**
 * "8 94 | Dnr KS 21/0412" over the title: a protokollsutdrag's one paragraph, its sign read as a figure. A lone heading
 * so read is no proof of a paragraph, but with the case reference on its row or right under it, it is, and the points
 * numbered "1.", "2." below it are its decision's, not the document's items.
 */
export function isReferencedParagraph(lines: readonly DocumentLine[], heading: ItemHeading): boolean {
  if (heading.kind !== 'paragraph') return false;
  if (CASE_REFERENCE.test(lines[heading.line]?.text ?? '')) return true;
  const next = lines.slice(heading.line + 1, heading.line + 4).find((line) => !isBlank(line));
  return next !== undefined && /^\s*dnr\b/iu.test(next.cells[0] ?? '');
}
