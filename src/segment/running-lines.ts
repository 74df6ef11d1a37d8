import { type DocumentLine, isBlank } from './document-lines.ts';
import { editDistance, similarity } from '../text/edit-distance.ts';
import { isLabelledDecision } from './decisions.ts';
import { withRunningFragments } from './running-fragments.ts';
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
  // "Justerandes signs oo ooo0o0oHEDIS…": the box's label misread, then its signing line read as letters.
  const misreadBeforeLine = (footer: string) => plain.length > footer.length + 1 && plain.charAt(footer.length + 1) === ' ' && editDistance(plain.slice(0, footer.length + 1), footer) <= 2;
  return SIGNATURE_FOOTER.some((footer) => plain === footer || (plain.length >= footer.length - 1 && plain.length <= footer.length + 1 && editDistance(plain, footer) <= 2) || plain.startsWith(`${footer} `) || misreadBeforeLine(footer));
}

// "§ 78 | Dnr BUN 2024/4", "KS § 12": a row that opens with a paragraph number. OCR's "$ 78", "8 78 Dnr …" and "878 Dnr …"
// (the sign read as a figure, spaced or glued) before a Dnr or a title.
const PARAGRAPH_ROW = /^\s*(?:\p{L}{1,6}\s+)?(?:(?:§|\$|&)\s*(\d+)|[358sS]\s+(\d{1,4})(?=\s+(?:Dnr\b|\p{Lu}))|([38]\d{2,3})(?=\s+(?:Dnr\b|\p{Lu}\p{Ll})))/u;

/**
 * A row's identity for comparing pages: lower case, digits masked, so "Sida 2 (4)" equals "Sida 3 (4)". A paragraph's
 * number stays: "§ 78 Dnr BUN 2024/4" and "§ 81 Dnr BUN 2024/301" opening two pages are two items' headings, while
 * "§ 78" heading a page that goes on with § 78 is the running row of a template that prints the paragraph at the top.
 */
function rowKey(line: DocumentLine): string {
  // "2024-09-12" alone under the body's name on every page: the meeting's date in the header band, the same on each page,
  // where a row of figures that differ from page to page (a number, a total) is the body.
  const date = /^\s*((?:19|20)\d{2}-\d{2}-\d{2})\s*$/u.exec(line.text);
  if (date) return `date${date[1]}`;
  const paragraph = PARAGRAPH_ROW.exec(line.text);
  const key = line.text.toLowerCase().replace(/\d+/g, '#').replace(/[^\p{L}#]+/gu, '');
  return paragraph ? `§${paragraph[1] ?? paragraph[2] ?? paragraph[3]}§${key}` : key;
}

/** Two row keys of rows that open with different paragraph numbers never stand for the same running row. */
function sameParagraph(a: string, b: string): boolean {
  return (a.startsWith('§') ? a.slice(0, a.indexOf('§', 1)) : '') === (b.startsWith('§') ? b.slice(0, b.indexOf('§', 1)) : '');
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
  const byRecurrence = pages.map((page) => page.map(() => false));
  const rows = zones.map((zone, p) => zone.map((z) => ({ ...z, key: rowKey(pages[p]![z.index]!) })));
  // Pages holding each exact row key at a given distance from the top or the bottom: most running rows
  // recur to the letter once digits are masked, and these counts cost nothing per pair of pages.
  const exact = new Map<string, Set<number>>();
  const place = (key: string, edge: 'top' | 'bottom', distance: number) => `${edge}${distance}\u0000${key}`;
  rows.forEach((zone, p) => {
    for (const w of zone) {
      for (const [edge, distance] of [['top', w.fromTop], ['bottom', w.fromBottom]] as const) {
        if (distance === null) continue;
        const k = place(w.key, edge, distance);
        const holders = exact.get(k) ?? new Set<number>();
        holders.add(p);
        exact.set(k, holders);
      }
    }
  });
  const needed = Math.max(1, Math.ceil((pages.length - 1) / 2));
  for (let p = 0; p < pages.length; p++) {
    for (const z of rows[p]!) {
      const key = z.key;
      if (key.replace(/^§\d+§/, '').replace(/#/g, '').length < 3) continue;
      if (sectionHeading(pages[p]![z.index]!.text)) continue;
      // "Beslut: Förslaget godkändes." closing two pages: the same decision taken twice is the body, never a running row.
      if (isLabelledDecision(pages[p]![z.index]!.text)) continue;
      const exactly = new Set<number>();
      for (const [edge, distance] of [['top', z.fromTop], ['bottom', z.fromBottom]] as const) {
        if (distance === null) continue;
        for (let d = Math.max(0, distance - 2); d <= distance + 2; d++) for (const q of exact.get(place(key, edge, d)) ?? []) if (q !== p) exactly.add(q);
      }
      // A real running row is on most pages; a sub-heading that happens to open two pages is not.
      if (exactly.size >= needed) {
        byRecurrence[p]![z.index] = true;
        continue;
      }
      // Rows that OCR spelt a little differently: compared pairwise, on a spread sample of the other
      // pages when the document is long, so a 200-page document costs what a 25-page one does.
      const others = spreadSample(pages.length, p, FUZZY_SAMPLE);
      const share = needed / (pages.length - 1);
      const target = Math.max(1, Math.ceil(others.length * share));
      let recurrences = 0;
      let left = others.length;
      for (const q of others) {
        left--;
        const recurs =
          exactly.has(q) ||
          rows[q]!.some((w) => {
            const samePlace =
              (z.fromTop !== null && w.fromTop !== null && Math.abs(z.fromTop - w.fromTop) <= 2) ||
              (z.fromBottom !== null && w.fromBottom !== null && Math.abs(z.fromBottom - w.fromBottom) <= 2);
            return samePlace && sameParagraph(key, w.key) && similarEnough(key, w.key);
          });
        if (recurs) recurrences++;
        if (recurrences >= target || recurrences + left < target) break;
      }
      if (recurrences >= target) byRecurrence[p]![z.index] = true;
    }
  }
  // "Beslut: Förslaget godkändes." second from the bottom of two pages: a formula that recurs in the body is no footer
  // unless nothing but running rows stands between it and the page's edge, as a header or footer band is printed.
  pages.forEach((page, p) => {
    const band = edgeBands(page, (index) => running[p]![index]! || byRecurrence[p]![index]!);
    page.forEach((_, index) => {
      if (byRecurrence[p]![index] && band.has(index)) running[p]![index] = true;
    });
  });
  return withRunningFragments(pages, running);
}

/** Rows reached from the top or the bottom of a page through running rows only (blank rows and specks skipped). */
function edgeBands(page: readonly DocumentLine[], isRunning: (index: number) => boolean): Set<number> {
  const band = new Set<number>();
  const content = page.map((line, index) => ({ line, index })).filter(({ line }) => !isBlank(line) && /\p{L}{2}|\d/u.test(line.text));
  for (const order of [content, [...content].reverse()]) {
    for (const { index } of order) {
      if (!isRunning(index)) break;
      band.add(index);
    }
  }
  return band;
}

/** Other pages compared pairwise with a row at most; beyond this a spread sample stands for them all. */
const FUZZY_SAMPLE = 24;

/** Up to `size` page indices other than `self`, spread evenly over the document. */
function spreadSample(count: number, self: number, size: number): number[] {
  const others = count - 1;
  if (others <= size) return Array.from({ length: count }, (_, q) => q).filter((q) => q !== self);
  const picked: number[] = [];
  for (let i = 0; i < size; i++) {
    const q = Math.floor(((i + 0.5) * others) / size);
    picked.push(q >= self ? q + 1 : q);
  }
  return picked;
}

/** similarity(a, b) ≥ 0.8, without the edit distance when the lengths alone rule it out. */
function similarEnough(a: string, b: string): boolean {
  const longer = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) > longer * 0.2) return false;
  return similarity(a, b) >= 0.8;
}

/**
 * Cells that are running material but sit on a row with real content (a
 * header row "Kommunstyrelsen   Sida 2 (4)"): removed, the rest of the row kept.
 */
export function withoutRunningCells(line: DocumentLine): DocumentLine {
  const cells = line.cells.filter((cell) => !isRunningCell(cell));
  return cells.length === line.cells.length ? line : { ...line, cells, text: cells.join(' ') };
}
