import { type DocumentLine, isBlank } from './document-lines.ts';

/** How many content rows past a page's running band a fragment may sit, counted from the page's edge. */
const REACH = 7;

function squeezed(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\d]+/gu, '');
}

/**
 * "BJURHOLMS HEMBYGDSFÖRENING" / "Org.nr 894100-2261" / "Protokoll årsmöte" / "2024-03-17": where a scan is skewed or
 * OCR reads a header's columns one after the other, one page's header comes apart into rows that are each a piece of
 * the header row found on the other pages. Walking from a page's edge through its running rows, a row that is such a
 * piece of a running row of most other pages is running too. The first page's top is left alone: a document's own
 * title under its header often repeats the header's words.
 */
export function withRunningFragments(pages: readonly DocumentLine[][], running: boolean[][]): boolean[][] {
  if (pages.length < 2) return running;
  const needed = Math.max(1, Math.ceil((pages.length - 1) / 2));
  const edgeRows = pages.map((page, p) => {
    const content = page.map((line, index) => ({ line, index })).filter(({ line }) => !isBlank(line));
    const runningText = (rows: typeof content) => rows.filter(({ index }) => running[p]![index]).map(({ line }) => squeezed(line.text));
    return { top: runningText(content.slice(0, REACH)), bottom: runningText(content.slice(-REACH)) };
  });
  const result = running.map((page) => [...page]);
  pages.forEach((page, p) => {
    const content = page.map((line, index) => ({ line, index })).filter(({ line }) => !isBlank(line) && /\p{L}{2}|\d/u.test(line.text));
    const walk = (order: typeof content, edge: 'top' | 'bottom') => {
      for (const { line, index } of order.slice(0, REACH)) {
        if (result[p]![index]) continue;
        const piece = squeezed(line.text);
        if (piece.length < 6) return;
        let holders = 0;
        edgeRows.forEach((rows, q) => {
          if (q !== p && rows[edge].some((row) => row.includes(piece))) holders++;
        });
        if (holders < needed) return;
        result[p]![index] = true;
      }
    };
    if (p > 0) walk(content, 'top');
    walk([...content].reverse(), 'bottom');
  });
  return result;
}
