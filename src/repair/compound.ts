// Swedish compounds are productive ("nämndsammanträde", "förskolenätverket"),
// so a word no list holds may still be right. We split it into known parts,
// using hunspell's compound flags (which forms may begin, continue or end a
// compound, linking -s- and -e- forms included) and score the split: few,
// long parts are good evidence; many short parts ("klimat+nit+verket") are not.
import { HASH_START, hashStep } from './form-table.ts';
import { domainHashSets } from './domain-hashes.ts';
import type { IntHashSet } from './int-hash-set.ts';
import { FORM_FLAG, isAbbreviationEntry } from './lexicon-format.ts';
import type { Lexicon } from './lexicon.ts';
import { LEARNED_START_COST, learnedCompoundStarts } from './learned-compound-starts.ts';

export interface CompoundAnalysis {
  parts: string[];
  /** Penalty, 0 for an ideal two-part split; higher is weaker evidence. */
  cost: number;
  /** The first part is a learned start, which no hunspell flag vouches for (learned-compound-starts.ts). */
  learnedStart?: true;
}

const MIN_PART = 3;
const MAX_PARTS = 4;
const PART_COST = 2.5;

function partCost(part: string): number {
  if (part.length === 3) return 3;
  if (part.length === 4) return 1;
  return 0;
}

export interface CompoundOptions {
  /**
   * Whether a learned start (learned-compound-starts.ts) may open the split. Only for a reading
   * that differs from the token as printed: a start no hunspell flag vouches for may propose what
   * damaged letters were, but a damaged token that happens to open with one ("samman+" before
   * garbled letters that split into short listed parts) must not pass as a valid word as printed,
   * or repair never looks further.
   */
  learnedStarts?: boolean;
}

/** The best split of a lower-case word into two or more known parts, or null. */
export function analyseCompound(lower: string, lexicon: Lexicon, options: CompoundOptions = {}): CompoundAnalysis | null {
  const n = lower.length;
  if (n < MIN_PART * 2) return null;
  const prefixes = domainPrefixes(lexicon);
  // best[i]: cheapest split of lower[0, i) whose last part may continue a compound.
  const best: Array<{ cost: number; parts: string[]; learnedStart?: true } | null> = new Array(n + 1).fill(null);
  best[0] = { cost: 0, parts: [] };
  let answer: CompoundAnalysis | null = null;
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (!here || here.parts.length >= MAX_PARTS) continue;
    // The part's hash grows one letter at a time; once neither the lexicon nor
    // the domain list has a word starting with it, no longer part can exist.
    let hash = HASH_START;
    for (let j = i + 1; j <= n; j++) {
      hash = hashStep(hash, lower.charCodeAt(j - 1));
      const inForms = lexicon.forms.mayBePrefix(hash);
      if (!inForms && !prefixes.has(hash)) break;
      if (j - i < MIN_PART) continue;
      const bits = partBits(lower, i, j, hash, inForms, lexicon);
      if (bits === 0) continue;
      const part = lower.slice(i, j);
      const first = i === 0;
      let cost = here.cost + partCost(part) + (first ? 0 : PART_COST);
      let learnedStart = here.learnedStart;
      if (j === n) {
        // An answer's cost is final (no part cost for the last part, the unlinked -s added): a split is
        // weighed against it by its own final cost, or one found later would need a part cost's margin.
        if (!first && (bits & FORM_FLAG.compoundEnd) !== 0 && (!answer || cost - PART_COST < answer.cost)) {
          const parts = [...here.parts, part];
          const total = cost - PART_COST + unlinkedCost(parts, lexicon);
          if (!answer || total < answer.cost) answer = { parts, cost: total, ...(here.learnedStart ? { learnedStart: true as const } : {}) };
        }
        continue;
      }
      const continues = first ? FORM_FLAG.compoundBegin : FORM_FLAG.compoundMiddle | FORM_FLAG.compoundBegin;
      if ((bits & continues) === 0) {
        if (!first || !options.learnedStarts || (bits & FORM_FLAG.standalone) === 0 || !learnedCompoundStarts().has(part)) continue;
        cost += LEARNED_START_COST;
        learnedStart = true;
      }
      const slot = best[j];
      if (!slot || cost < slot.cost) best[j] = { cost, parts: [...here.parts, part], ...(learnedStart ? { learnedStart } : {}) };
    }
  }
  return answer;
}

/**
 * A first part that is itself a compound and ends in a consonant takes the linking -s
 * ("barnomsorgs+avgift", "bläckfisks+träff"), so where the part after it starts with an s,
 * that s is likelier the link: "bläckfisk+straff" is the weaker reading of the same letters.
 */
const UNLINKED_COST = 1;
const MIN_COMPOUND_PART = MIN_PART * 2;
/** A part ending in a vowel joins the next one as it is ("arbetsmiljö+arbete", "folkhälso+råd"). */
const LINKING_VOWEL = /[aeiouyåäö]$/;
function unlinkedCost(parts: readonly string[], lexicon: Lexicon): number {
  let cost = 0;
  for (let k = 0; k + 1 < parts.length; k++) {
    const part = parts[k]!;
    if (part.length < MIN_COMPOUND_PART || part.endsWith('s') || LINKING_VOWEL.test(part) || !parts[k + 1]!.startsWith('s')) continue;
    if (analyseCompound(part, lexicon)) cost += UNLINKED_COST;
  }
  return cost;
}

function partBits(lower: string, i: number, j: number, hash: number, inForms: boolean, lexicon: Lexicon): number {
  const bits = (inForms ? lexicon.forms.getRange(lower, i, j, hash) : undefined) ?? 0;
  const domain = domainHashes(lexicon);
  if (!domain.has(hash)) return bits;
  const part = lower.slice(i, j);
  // Domain words (place names, organs) may begin or end a compound, bare or with -s;
  // abbreviations ("tis.", "sön.") never: so short a part would explain any string.
  const written = lexicon.domain.get(part);
  if (written !== undefined) return isAbbreviationEntry(written) ? bits : bits | FORM_FLAG.compoundBegin | FORM_FLAG.compoundEnd;
  const stem = part.endsWith('s') ? lexicon.domain.get(part.slice(0, -1)) : undefined;
  if (stem !== undefined && !isAbbreviationEntry(stem)) return bits | FORM_FLAG.compoundBegin;
  return bits;
}

function domainPrefixes(lexicon: Lexicon): IntHashSet {
  return domainHashSets(lexicon.domain).prefixes;
}
function domainHashes(lexicon: Lexicon): IntHashSet {
  return domainHashSets(lexicon.domain).words;
}
