import { type DocumentLine, isBlank } from './document-lines.ts';
import { bestChain } from './heading-chains.ts';
import type { ItemHeading } from './item-heading.ts';

// "7" / "8" / "9" each alone on its row between "6 Ombudgetering …" and "10 Avgifter …": OCR read the figures of an
// agenda's number column but put their titles elsewhere (wrapped titles read as a block of their own). The figures still
// count the points, so they carry the chain across; each is a point whose title was lost.
const LONE_FIGURE = /^\s*(\d{1,2})\s*$/u;

/**
 * The chain of bare numbers with runs of lone figures bridging its gaps, when that makes it longer; a lone figure only
 * stands between two titled points, never at the chain's ends, and a run fills its gap exactly, in order.
 */
export function withLoneFiguresBridged(lines: readonly DocumentLine[], chain: ItemHeading[], candidates: readonly ItemHeading[]): ItemHeading[] {
  if (chain.length < 2) return chain;
  const titled = new Set(candidates.map((c) => c.line));
  const lone: ItemHeading[] = [];
  lines.forEach((line, k) => {
    const m = !isBlank(line) && line.cells.length === 1 && !titled.has(k) ? LONE_FIGURE.exec(line.cells[0]!) : null;
    if (m && Number(m[1]) >= 1) lone.push({ line: k, number: String(Number(m[1])), title: '', trailing: [], kind: 'bare' });
  });
  if (lone.length === 0) return chain;
  const all = [...candidates, ...lone].sort((a, b) => a.line - b.line);
  const bridged = bestChain(all);
  // Lone figures at the chain's ends bridge nothing: a page number, a count.
  while (bridged.length > 0 && lone.includes(bridged[0]!)) bridged.shift();
  while (bridged.length > 0 && lone.includes(bridged[bridged.length - 1]!)) bridged.pop();
  if (bridged.length <= chain.length) return chain;
  const stepsOfOne = bridged.every((h, k) => k === 0 || Number(h.number) === Number(bridged[k - 1]!.number) + 1);
  return stepsOfOne ? bridged : chain;
}
