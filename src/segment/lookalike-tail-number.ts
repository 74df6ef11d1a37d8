import { type DocumentLine, isBlank } from './document-lines.ts';
import type { ItemHeading } from './item-heading.ts';
import { headingTitle } from './item-heading-rows.ts';

// The letters OCR reads for a figure of the same shape: "S." for "5.", "O" for "0", "l", "I" or a bar for "1".
const FIGURE_OF: Readonly<Record<string, string>> = { S: '5', O: '0', l: '1', I: '1', '|': '1', B: '8', Z: '2', G: '6' };

// "S. Övrigt": a point's number of one or two characters, at least one a letter shaped like a figure, then the stop.
const LOOKALIKE_ROW = /^\s*([\dSOlIBZG|]{1,2})\.\s+(\p{Lu}\p{Ll}.*)$/u;

function asFigures(token: string): string {
  return [...token].map((c) => FIGURE_OF[c] ?? c).join('');
}

/**
 * "3. Bemanning" / "4. Sjukfrånvaro" / … / "S. Övrigt": the last point of a chain numbered with a stop, whose figure OCR
 * read as a letter of the same shape. A row on its own after a blank row (as the other points stand), whose letters read
 * as figures give the number after the chain's last, goes on with the chain; the chain must be long enough (three
 * points) to say how its points are printed.
 */
export function withLookalikeTail(lines: readonly DocumentLine[], chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  const out = [...chain];
  for (;;) {
    const last = out[out.length - 1];
    if (!last || out.length < 3 || !out.every((h) => h.kind === 'numbered')) return out;
    // "S. Övrigt" reads as a lettered point of its own, so only a figure's point after it ends the search.
    const nextCandidate = candidates.find((c) => c.line > last.line && (c.kind === 'numbered' || c.kind === 'paragraph'))?.line ?? lines.length;
    const wanted = String(Number(last.number) + 1);
    let found: ItemHeading | null = null;
    for (let i = last.line + 1; i < nextCandidate; i++) {
      const line = lines[i]!;
      if (line.cells.length !== 1 || !lines[i - 1] || !isBlank(lines[i - 1]!)) continue;
      const m = LOOKALIKE_ROW.exec(line.text);
      if (!m || !/\D/u.test(m[1]!) || asFigures(m[1]!) !== wanted || !headingTitle(m[2]!)) continue;
      found = { line: i, number: wanted, title: m[2]!.trim(), trailing: [], kind: 'numbered' };
      break;
    }
    if (!found) return out;
    out.push(found);
  }
}
