// Compound readings of one token that differ only in a first part's å/ä/ö: weighed by how
// common those first parts are, which the compound prior (the head's) does not see.
import type { Candidate } from './candidate.ts';
import type { Lexicon } from './lexicon.ts';
import { DEFAULT_PER_MILLION } from './word-prior.ts';

/** Weight of a first part's frequency against its twin's: as much as a head's, no more. */
const FIRST_PART_WEIGHT = 1;
const MAX_FIRST_PART_SHIFT = 2;

/**
 * "höst+lovs+aktiviteterna" or "höst+lövs+aktiviteterna": compound readings of one token that split
 * at the same places and differ only in the å/ä/ö of a first part. The compound prior weighs the
 * head alone, and on a damaged page restoring one more diacritic costs almost nothing, so the
 * reading with the rarer first part ("höstlöv" beside "höstlov") came out nearly as likely.
 * Each such reading loses what its first parts lack in frequency against the commonest twin's.
 */
export function weighFirstPartTwins(out: Candidate[], lexicon: Lexicon): void {
  let compounds = 0;
  for (const c of out) if (c.evidence === 'compound' && c.parts && c.parts.length > 1) compounds++;
  if (compounds < 2) return;
  const groups = new Map<string, Array<{ c: Candidate; logFrequency: number }>>();
  for (const c of out) {
    if (c.evidence !== 'compound' || !c.parts || c.parts.length < 2) continue;
    const key = c.parts.map(foldPart).join('+');
    let logFrequency = 0;
    for (const part of c.parts.slice(0, -1)) logFrequency += Math.log(partPerMillion(lexicon, part));
    const group = groups.get(key);
    if (group) group.push({ c, logFrequency });
    else groups.set(key, [{ c, logFrequency }]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const best = Math.max(...group.map((g) => g.logFrequency));
    for (const g of group) g.c.score -= Math.min(MAX_FIRST_PART_SHIFT, FIRST_PART_WEIGHT * (best - g.logFrequency));
  }
}

/** A first part's frequency as a word, its linking -s (or -e) left off where that is what the list ranks. */
function partPerMillion(lexicon: Lexicon, part: string): number {
  const own = lexicon.frequency.get(part);
  if (own !== undefined) return own;
  if (part.length > 4 && (part.endsWith('s') || part.endsWith('e'))) {
    const stem = lexicon.frequency.get(part.slice(0, -1));
    if (stem !== undefined) return stem;
  }
  return DEFAULT_PER_MILLION;
}

function foldPart(part: string): string {
  let out = '';
  for (const ch of part) out += ch === 'å' || ch === 'ä' ? 'a' : ch === 'ö' ? 'o' : ch;
  return out;
}
