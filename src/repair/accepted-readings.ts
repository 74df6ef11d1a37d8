// Turns the variants a search found into candidates a list accepts: listed and domain words,
// names built of elements, and compounds, analysing splits only while they can still matter.
import { A_FOR_Ö_PER_MILLION, readsAForÖ } from './a-for-o-umlaut.ts';
import type { Candidate } from './candidate.ts';
import { analyseCompound } from './compound.ts';
import type { Variant } from './confusion-table.ts';
import { nameSplit, type Lexicon } from './lexicon.ts';
import { partProductivityLift } from './part-productivity.ts';
import { COMPOUND_LOG_PENALTY, DEFAULT_PER_MILLION, headLogBonus, judge, NAME_COMPOUND_LOG_PRIOR, perMillion } from './word-prior.ts';

/** The most table slips a search reads into one token. */
export const MAX_EDITS = 4;
const MAX_COMPOUND_CHECKS = 400;
/** Log-score distance below the best reading beyond which readings are not analysed. */
export const SCORE_WINDOW = 8;

/** The variants a list accepts, as candidates: whole words first, then names of elements and compounds. */
export function readingsOf(token: string, variants: readonly Variant[], lexicon: Lexicon, floor = -Infinity): Candidate[] {
  const out: Candidate[] = [];
  const unresolved: Variant[] = [];
  for (const v of variants) {
    const lower = v.text.toLowerCase();
    const verdict = judge(lexicon, lower);
    if (verdict) {
      if (!readsAForÖ(v) || (verdict.evidence === 'lexicon' && perMillion(lexicon, lower) >= A_FOR_Ö_PER_MILLION)) {
        out.push({ text: v.text, lower, score: v.logChannel + verdict.prior, evidence: verdict.evidence, edits: v.edits });
      }
    } else unresolved.push(v);
  }
  unresolved.sort((a, b) => b.logChannel - a.logChannel);
  const bestDirect = out.reduce((m, c) => Math.max(m, c.score), -Infinity);
  let checks = 0;
  const capitalised = token[0] !== undefined && token[0] !== token[0].toLowerCase();
  // The best a split can score; readings are sorted, so once one cannot reach the bar none can.
  const bestSplitPrior = Math.max(NAME_COMPOUND_LOG_PRIOR, Math.log(DEFAULT_PER_MILLION / 1e6) - COMPOUND_LOG_PENALTY);
  // Readings further than this below the best carry no weight in the softmax, so they need no analysis.
  let bar = Math.max(floor, bestDirect - SCORE_WINDOW);
  for (const v of unresolved) {
    if (checks++ >= MAX_COMPOUND_CHECKS || v.logChannel + bestSplitPrior < bar) break;
    const lower = v.text.toLowerCase();
    const name = capitalised ? nameSplit(lexicon, lower) : null;
    if (name) {
      if (readsAForÖ(v)) continue;
      out.push({ text: v.text, lower, score: v.logChannel + NAME_COMPOUND_LOG_PRIOR, evidence: 'domain', edits: v.edits, parts: name });
      bar = Math.max(bar, v.logChannel + NAME_COMPOUND_LOG_PRIOR - SCORE_WINDOW);
      continue;
    }
    // A learned start may propose a reading, never vouch for the token as printed.
    const compound = analyseCompound(lower, lexicon, { learnedStarts: v.edits.length > 0 });
    if (!compound || (readsAForÖ(v) && perMillion(lexicon, compound.parts.at(-1)!) < A_FOR_Ö_PER_MILLION)) continue;
    const prior = Math.log(DEFAULT_PER_MILLION / 1e6) - COMPOUND_LOG_PENALTY - compound.cost + headLogBonus(lexicon, compound.parts.at(-1)!);
    const score = v.logChannel + prior;
    if (score < bar) continue;
    bar = Math.max(bar, score - SCORE_WINDOW);
    out.push({
      text: v.text,
      lower,
      score,
      evidence: 'compound',
      edits: v.edits,
      parts: compound.parts,
      partLift: partProductivityLift(lexicon, compound.parts),
      ...(compound.learnedStart ? { learnedStart: true as const } : {}),
    });
  }
  return out;
}
