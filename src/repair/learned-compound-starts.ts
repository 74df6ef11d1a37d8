// hunspell flags few words as compound starts, while dictionary-sv lists hundreds of compounds
// opening with some unflagged ones ("nöd+utgång", "när+vård"): a damaged compound of such a start
// had no reading at all. scripts/build-compound-starts.ts learns those starts from the listed
// compounds; this module lets them open a compound, as its first part only and at a cost, since a
// start no flag vouches for is weaker evidence than one that hunspell flags. Weaker still: such a
// start only proposes readings of damaged letters (compound.ts, accepted-readings.ts); it never
// makes the token as printed a valid word, since garbled letters after a common start ("samman",
// "mer") split into short listed parts often enough to hide damage from repair.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPOUND_STARTS_LEARNED_FILE } from './lexicon-format.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Added to a compound's split cost when its first part is a learned start. */
export const LEARNED_START_COST = 1;

let starts: Set<string> | undefined;

/** The learned compound starts, lower case. */
export function learnedCompoundStarts(): ReadonlySet<string> {
  if (!starts) {
    starts = new Set();
    for (const line of readFileSync(join(ROOT, COMPOUND_STARTS_LEARNED_FILE), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      starts.add(line.split('\t')[0]!);
    }
  }
  return starts;
}
