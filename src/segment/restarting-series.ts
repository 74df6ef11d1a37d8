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
