import { type DocumentLine, isBlank } from './document-lines.ts';
import { bestChain } from './heading-chains.ts';
import type { ItemHeading } from './item-heading.ts';

// "Motioner", "Interpellationer", "Enkla frågor", "Valärenden", "Medborgarförslag:": a kind of council business that a
// kungörelse may list under its own heading, numbered from 1 again.
const BUSINESS_GROUP = /^\s*(?:\p{L}*ärenden|motioner|interpellationer|(?:enkla\s+)?frågor|medborgarförslag|avsägelser(?:\s+och\s+fyllnadsval)?|fyllnadsval|val)\s*[:.]?\s*$/iu;

function groupHeading(line: DocumentLine): boolean {
  return line.cells.length === 1 && BUSINESS_GROUP.test(line.text);
}

/**
 * "7. Val av ersättare …" / "Motioner" / "1. Motion av …" / "2. Motion av …" / "Interpellationer" / "1. Interpellation …":
 * after the agenda's own points, each kind of business under its heading counts from 1 again. Such a series, starting
 * at 1 right under its heading, goes on the list of points with its printed numbers; a numbered list under a heading of
 * any other word (a decision's "1. att …") stays inside its point.
 */
export function withRestartingSeries(lines: readonly DocumentLine[], chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  const last = chain[chain.length - 1];
  if (!last) return chain;
  const kind = last.kind;
  const result = [...chain];
  let i = last.line + 1;
  while (i < lines.length) {
    if (!groupHeading(lines[i]!)) {
      i++;
      continue;
    }
    let first = i + 1;
    while (first < lines.length && isBlank(lines[first]!)) first++;
    const next = lines.findIndex((line, k) => k > i && groupHeading(line));
    const end = next === -1 ? lines.length : next;
    const series = bestChain(candidates.filter((c) => c.kind === kind && c.line >= first && c.line < end));
    if (series.length === 0 || series[0]!.line !== first || series[0]!.number !== '1') break;
    result.push(...series);
    i = end;
  }
  return result;
}

/**
 * "5. Yttrande över …" / "" / "Informationsärenden" / "6. Förvaltningschefen informerar": in an agenda a heading of a
 * kind of business closes the point above it rather than belonging to it. Returns where the point's rows end: before
 * such headings (and the blank rows around them) at the end of its rows from `from` to `end`.
 */
export function beforeGroupHeadings(lines: readonly DocumentLine[], from: number, end: number): number {
  let k = end;
  let cut = end;
  while (k > from && (isBlank(lines[k - 1]!) || groupHeading(lines[k - 1]!))) {
    k--;
    if (groupHeading(lines[k]!)) cut = k;
  }
  return cut;
}
