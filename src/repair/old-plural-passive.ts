// The plural passive of the old written standard ("utsågos"), which no list holds: read through
// the listed -s form, and never mistaken for a stray letter.
import { MAX_EDITS } from './accepted-readings.ts';
import type { Candidate } from './candidate.ts';
import { knowWord, type Lexicon } from './lexicon.ts';
import { searchReadings } from './variant-search.ts';
import { wordLogPrior } from './word-prior.ts';

const MIN_OLD_PLURAL_LENGTH = 6;
/**
 * "utsagos" → "utsågos": the plural passive of the old written standard, which no list holds, is the
 * listed past passive in -s with an o before it ("utsågs"), of a verb whose past the lexicon lists
 * too ("utsåg"). Its readings are the readings of that -s form, the o put back.
 */
export function oldPluralPassiveReadings(token: string, lexicon: Lexicon): Candidate[] {
  if (token.length < MIN_OLD_PLURAL_LENGTH || !token.endsWith('os') || !isPlainWordOrDiacritic(token)) return [];
  const base = `${token.slice(0, -2)}s`;
  const out: Candidate[] = [];
  for (const v of searchReadings(base, lexicon.confusions, lexicon, { maxEdits: MAX_EDITS, limit: 200, minLogp: -16, compounds: false })) {
    const lower = v.text.toLowerCase();
    if (knowWord(lexicon, lower) !== 'lexicon' || knowWord(lexicon, lower.slice(0, -1)) !== 'lexicon') continue;
    const text = `${v.text.slice(0, -1)}${token.slice(-2)}`;
    out.push({ text, lower: text.toLowerCase(), score: v.logChannel + wordLogPrior(lexicon, lower), evidence: 'lexicon', edits: v.edits });
  }
  return out;
}

// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const ONLY_LETTERS = /^\p{L}+$/u;

function isPlainWordOrDiacritic(token: string): boolean {
  return ONLY_LETTERS.test(token);
}

/**
 * The o of a final "-os": the plural passive of the old written standard ("utsågos", "beslötos"), which
 * minutes kept into the 1960s, not a stray letter in the modern "utsågs".
 */
export function isOldPluralPassiveO(token: string, k: number): boolean {
  return k === token.length - 2 && token.slice(-2).toLowerCase() === 'os';
}
