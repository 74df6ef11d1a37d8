// Two readings that put back different å/ä/ö in the same plain letters ("vård-" / "värd-") are told
// apart by how common they are; a form the frequency list never ranks gets a listed word's floor
// (word-prior.ts), which leaves it nearly as likely as a twin that is ranked. A generated form
// nobody was ever seen writing is rarer than that floor says when its twin is in use.
import type { Candidate } from './candidate.ts';
import type { Lexicon } from './lexicon.ts';
import { foldDiacritics } from './reading-case.ts';

/** log shift of an unranked reading beside a ranked reading of the same plain spelling. */
export const UNRANKED_TWIN_SHIFT = -1;

/**
 * The folded spellings of rivals the frequency list ranks, each with å/ä/ö put back:
 * an unranked rival of one of these spellings is the rarer twin.
 */
export function rankedTwinFolds(lexicon: Lexicon, rivals: ReadonlyArray<Candidate>, original: Candidate): Set<string> {
  const folds = new Set<string>();
  for (const c of rivals) {
    if (c === original || c.evidence !== 'lexicon' || c.edits.length === 0) continue;
    if (lexicon.frequency.has(c.lower)) folds.add(foldDiacritics(c.lower));
  }
  return folds;
}

/** A reading (not the token as written) the frequency list never ranks, beside a ranked twin. */
export function isUnrankedTwin(lexicon: Lexicon, c: Candidate, original: Candidate, folds: ReadonlySet<string>): boolean {
  if (c === original || c.evidence !== 'lexicon' || c.edits.length === 0 || lexicon.frequency.has(c.lower)) return false;
  return folds.has(foldDiacritics(c.lower));
}
