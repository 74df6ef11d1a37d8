// One reading of an OCR token with its score and what vouches for it, as word-candidates.ts
// finds them and decide-word.ts weighs them.
import type { CorrectionEvidence } from '../domain/index.ts';
import type { Variant } from './confusion-table.ts';

export interface Candidate {
  /** The reading, in the token's case. */
  text: string;
  lower: string;
  score: number;
  evidence: Exclude<CorrectionEvidence, 'context' | 'learned' | 'pattern'> | 'unknown';
  edits: Variant['edits'];
  parts?: string[];
  /**
   * A very frequent word that may stand for a rare listed token by any slip
   * ("ir" for "är") or a dropped leading å/ä/ö: only a damaged page lets it replace a word.
   */
  rivalOfRare?: true;
  /**
   * A domain word more edits away than the confusion table explains, or a word one edit
   * beyond the table (free-edit-readings.ts): only a damaged page lets it win.
   */
  overDamaged?: true;
  /** How many edits, one of them beyond the table, the reading needs (free-edit-readings.ts): its confidence falls with them. */
  freeEditCount?: number;
  /**
   * A commoner word with å/ä/ö one table slip from a listed token ("lin" → "län"):
   * repair-line.ts lets it compete only where the corpus pairs it, not the token, with a neighbour.
   */
  corpusSlip?: true;
  /** A compound's diacritic parts against their plain spellings in the corpus (part-productivity.ts). */
  partLift?: number;
  /** The token as written, in small letters, though the lexicon lists it only as a proper noun ("lings" of "Ling"). */
  smallProperNoun?: true;
  /**
   * A compound that opens with a learned start (learned-compound-starts.ts): weaker evidence than a
   * flagged start, so it proposes a reading but never counts as the table explaining the token, and
   * the rarer readings are searched as if it were not there.
   */
  learnedStart?: true;
}

/** Readings that differ only in case are one word: add their probabilities. The readings given are not changed. */
export function mergeSameWord(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => b.score - a.score);
  const kept = new Map<string, Candidate>();
  // Most readings have no case twin: only one that takes a twin's probability is copied before it changes.
  const copies = new Set<Candidate>();
  for (const c of candidates) {
    let first = kept.get(c.lower);
    if (!first) {
      kept.set(c.lower, c);
      continue;
    }
    if (!copies.has(first)) {
      first = { ...first };
      copies.add(first);
      kept.set(c.lower, first);
    }
    first.score += Math.log1p(Math.exp(c.score - first.score));
  }
  return [...kept.values()];
}
