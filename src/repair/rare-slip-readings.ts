// Readings through a slip a typeface makes now and then (lexicon.rareSlips), too rare for the
// confusion table to search everywhere: only for a token nothing else explains.
import { MAX_EDITS, readingsOf } from './accepted-readings.ts';
import type { Candidate } from './candidate.ts';
import type { Lexicon } from './lexicon.ts';
import { lexiconSlipTable } from './table-with-slips.ts';
import { searchReadings } from './variant-search.ts';

/** Shorter tokens meet some listed word by one slip too easily. */
const MIN_RARE_SLIP_LENGTH = 4;

/**
 * "fsrslag" → "förslag", "mttet" → "mötet", "hidlsa" → "hälsa": one plain letter (or two) read for
 * å/ä/ö, a slip a face makes now and then (lexicon.rareSlips), with the table's slips beside it.
 * Only one such letter a reading: two would explain too many strings.
 */
export function rareSlipReadings(token: string, lexicon: Lexicon): Candidate[] {
  if (token.length < MIN_RARE_SLIP_LENGTH || !lexicon.rareSlips?.length) return [];
  const { table, slips: rare } = lexiconSlipTable(lexicon, 'rareSlips');
  const variants = searchReadings(token, table, lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: true }).filter(
    (v) => v.edits.filter((e) => rare.has(`${e.from}\u0000${e.to}`)).length === 1,
  );
  // A name built of elements ("frö+in") fits too many strings to rest on a rare slip: only listed words and compounds.
  return readingsOf(token, variants, lexicon).filter((c) => !(c.evidence === 'domain' && c.parts));
}
