// Swedish compounds are productive ("nämndsammanträde", "förskolenätverket"),
// so a word no list holds may still be right. We split it into known parts,
// using hunspell's compound flags (which forms may begin, continue or end a
// compound, linking -s- and -e- forms included) and score the split: few,
// long parts are good evidence; many short parts ("klimat+nit+verket") are not.
import { FORM_FLAG } from './lexicon-format.ts';
import type { Lexicon } from './lexicon.ts';

export interface CompoundAnalysis {
  parts: string[];
  /** Penalty, 0 for an ideal two-part split; higher is weaker evidence. */
  cost: number;
}

const MIN_PART = 3;
const MAX_PARTS = 4;
const PART_COST = 2.5;

function partCost(part: string): number {
  if (part.length === 3) return 3;
  if (part.length === 4) return 1;
  return 0;
}

/** The best split of a lower-case word into two or more known parts, or null. */
export function analyseCompound(lower: string, lexicon: Lexicon): CompoundAnalysis | null {
  const n = lower.length;
  if (n < MIN_PART * 2) return null;
  // best[i]: cheapest split of lower[0, i) whose last part may continue a compound.
  const best: Array<{ cost: number; parts: string[] } | null> = new Array(n + 1).fill(null);
  best[0] = { cost: 0, parts: [] };
  let answer: CompoundAnalysis | null = null;
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here || here.parts.length >= MAX_PARTS) continue;
    for (let j = i + MIN_PART; j <= n; j++) {
      const part = lower.slice(i, j);
      const bits = partBits(part, lexicon);
      if (bits === 0) continue;
      const first = i === 0;
      const cost = here.cost + partCost(part) + (first ? 0 : PART_COST);
      if (j === n) {
        if (!first && (bits & FORM_FLAG.compoundEnd) !== 0 && (!answer || cost < answer.cost)) {
          answer = { parts: [...here.parts, part], cost: cost - PART_COST };
        }
        continue;
      }
      const continues = first ? FORM_FLAG.compoundBegin : FORM_FLAG.compoundMiddle | FORM_FLAG.compoundBegin;
      if ((bits & continues) === 0) continue;
      const slot = best[j];
      if (!slot || cost < slot.cost) best[j] = { cost, parts: [...here.parts, part] };
    }
  }
  return answer;
}

function partBits(part: string, lexicon: Lexicon): number {
  const bits = lexicon.forms.get(part) ?? 0;
  // Domain words (place names, organs) may begin or end a compound, bare or with -s.
  if (lexicon.domain.has(part)) return bits | FORM_FLAG.compoundBegin | FORM_FLAG.compoundEnd;
  if (part.endsWith('s') && lexicon.domain.has(part.slice(0, -1))) return bits | FORM_FLAG.compoundBegin;
  return bits;
}
