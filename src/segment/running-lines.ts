import { type DocumentLine, isBlank } from './document-lines.ts';
import { editDistance, similarity } from './edit-distance.ts';
import { sectionHeading } from './sections.ts';

/** How many non-blank rows at the top and at the bottom of a page can hold running headers and footers. */
const ZONE = 5;

const PAGE_NUMBER = /^(?:sida|sid|s\.|page)\s*\d+\s*(?:\(\s*\d+\s*\)|(?:av|\/|of)\s*\d+)?$/i;
const BARE_PAGE_NUMBER = /^[-–—(]?\s*\d{1,3}\s*[-–—)]?$/;
const WEB_ADDRESS = /(?:^|\s)(?:https?:\/\/|www\.)\S+/i;
const SIGNATURE_FOOTER = ['justerandes sign', 'justerandes signatur', 'utdragsbestyrkande', 'justerare sign', 'ordförandes sign'];

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** True for a cell that only a running header or footer holds: "Sida 2 av 3", "Justerandes sign", a web address. */
export function isRunningCell(cell: string): boolean {
  const text = cell.trim();
  if (PAGE_NUMBER.test(text)) return true;
  if (WEB_ADDRESS.test(text) && text.split(/\s+/).length <= 6) return true;
  const plain = letters(text);
  return SIGNATURE_FOOTER.some((footer) => plain === footer || (plain.length >= footer.length - 1 && plain.length <= footer.length + 1 && editDistance(plain, footer) <= 2) || plain.startsWith(`${footer} `));
}

/** A row's identity for comparing pages: lower case, digits masked, so "Sida 2 (4)" equals "Sida 3 (4)". */
function rowKey(line: DocumentLine): string {
  return line.text.toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}#]+/gu, '');
}

function zoneIndices(page: DocumentLine[]): { index: number; fromTop: number | null; fromBottom: number | null }[] {
  const content = page.map((line, index) => ({ line, index })).filter(({ line }) => !isBlank(line));
  return content
    .map(({ index }, position) => ({
      index,
      fromTop: position < ZONE ? position : null,
      fromBottom: content.length - 1 - position < ZONE ? content.length - 1 - position : null,
    }))
    .filter((z) => z.fromTop !== null || z.fromBottom !== null);
}

/**
 * Which rows of each page are running headers or footers: rows near the top
 * or bottom that recur at about the same place on another page (digits
 * ignored, small OCR differences tolerated), and rows whose every cell is a
 * page number, a web address or a "Justerandes sign" box.
 */
export function findRunningLines(pages: DocumentLine[][]): boolean[][] {
  const running = pages.map((page) => page.map(() => false));
  const zones = pages.map(zoneIndices);

  pages.forEach((page, p) => {
    for (const z of zones[p]!) {
      const line = page[z.index]!;
      if (line.cells.every(isRunningCell)) running[p]![z.index] = true;
      const isolatedNumber = line.cells.length === 1 && BARE_PAGE_NUMBER.test(line.text.trim());
      if (isolatedNumber && (z.fromTop === 0 || z.fromBottom === 0)) running[p]![z.index] = true;
    }
  });

  if (pages.length < 2) return running;
  for (let p = 0; p < pages.length; p++) {
    for (const z of zones[p]!) {
      const key = rowKey(pages[p]![z.index]!);
      if (key.replace(/#/g, '').length < 3) continue;
      if (sectionHeading(pages[p]![z.index]!.text)) continue;
      const recurrences = pages.filter((other, q) => {
        if (q === p) return false;
        return zones[q]!.some((w) => {
          const samePlace =
            (z.fromTop !== null && w.fromTop !== null && Math.abs(z.fromTop - w.fromTop) <= 2) ||
            (z.fromBottom !== null && w.fromBottom !== null && Math.abs(z.fromBottom - w.fromBottom) <= 2);
          return samePlace && similarity(key, rowKey(other[w.index]!)) >= 0.8;
        });
      }).length;
      // A real running row is on most pages; a sub-heading that happens to open two pages is not.
      if (recurrences >= Math.max(1, Math.ceil((pages.length - 1) / 2))) running[p]![z.index] = true;
    }
  }
  return running;
}

/**
 * Cells that are running material but sit on a row with real content (a
 * header row "Kommunstyrelsen   Sida 2 (4)"): removed, the rest of the row kept.
 */
export function withoutRunningCells(line: DocumentLine): DocumentLine {
  const cells = line.cells.filter((cell) => !isRunningCell(cell));
  return cells.length === line.cells.length ? line : { ...line, cells, text: cells.join(' ') };
}
