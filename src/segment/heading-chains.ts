import type { ItemHeading } from './item-heading.ts';

/** A heading usually is short, starts with a capital and does not end like a sentence. */
function headingLikeness(heading: ItemHeading): number {
  let score = 1;
  if (heading.title.length <= 80) score += 0.3;
  if (/^\p{Lu}/u.test(heading.title)) score += 0.3;
  // "Budget .": a stop standing apart after the title is OCR's speck, no sentence's end.
  if (!/(?<=\S)[.!?]$/u.test(heading.title)) score += 0.3;
  return score;
}

function ordinal(heading: ItemHeading): number {
  return heading.order ?? Number(heading.number);
}

/**
 * The best chain of consecutively numbered headings: every next number is
 * one or two more than the previous one. Numbered lists inside an item lose to
 * the document's own numbering because the chain that covers more
 * heading-like rows wins.
 */
export function bestChain(candidates: ItemHeading[]): ItemHeading[] {
  const n = candidates.length;
  const score: number[] = candidates.map(headingLikeness);
  const previous: number[] = candidates.map(() => -1);
  for (let i = 0; i < n; i++) {
    const own = headingLikeness(candidates[i]!);
    for (let j = 0; j < i; j++) {
      const step = ordinal(candidates[i]!) - ordinal(candidates[j]!);
      if (step < 1 || step > 2) continue;
      const total = score[j]! + own - (step - 1) * 0.5;
      if (total > score[i]!) {
        score[i] = total;
        previous[i] = j;
      }
    }
  }
  let end = -1;
  for (let i = 0; i < n; i++) if (end === -1 || score[i]! > score[end]!) end = i;
  const chain: ItemHeading[] = [];
  for (let i = end; i !== -1; i = previous[i]!) chain.unshift(candidates[i]!);
  return chain;
}

/** Walks a chain of headings and, where exactly one number is missing between two, asks `find` for it. */
export function fillOneNumberGaps(
  chain: ItemHeading[],
  find: (heading: ItemHeading, next: ItemHeading, missing: string) => ItemHeading | null,
): ItemHeading[] {
  const result: ItemHeading[] = [];
  chain.forEach((heading, k) => {
    result.push(heading);
    const next = chain[k + 1];
    if (!next || Number(next.number) - Number(heading.number) !== 2) return;
    const found = find(heading, next, String(Number(heading.number) + 1));
    if (found) result.push(found);
  });
  return result;
}
