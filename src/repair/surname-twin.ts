// "Sofia Backman" is not "Bäckman": both are surnames in common use, and the English model's page
// shows nothing that tells them apart. The domain list holding one spelling as a name says nothing
// against the other when the word lists hold that one too and no corpus ever met it as a common word:
// a listed word nobody writes in running text, standing in a name pair, is a name as it is.
import type { Candidate } from './candidate.ts';
import { isLostDiacritic } from './document-profile.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * The token (after a name: decide-word.ts checks its place) is built as a surname (ends in a name
 * element) and is a listed word the corpus never saw beside another word nor the frequency list ranks;
 * the reading is a name of the domain list that only puts back å, ä or ö.
 */
export function isListedSurnameTwin(lexicon: Lexicon, reading: Candidate, original: Candidate): boolean {
  if (original.evidence !== 'lexicon' || reading.evidence !== 'domain' || reading.parts) return false;
  if (reading.edits.length === 0 || !reading.edits.every(isLostDiacritic)) return false;
  if (!endsInNameElement(lexicon, original.lower)) return false;
  const seen = lexicon.corpus?.words.get(original.lower);
  if (seen === undefined || seen.partners > 0) return false;
  return (lexicon.frequency.get(original.lower) ?? 0) <= UNRANKED_PER_MILLION;
}

/** A surname's build: an end element of names ("-man", "-gren") after at least two letters. */
function endsInNameElement(lexicon: Lexicon, lower: string): boolean {
  for (let cut = 2; cut < lower.length; cut++) if (lexicon.nameEnds.has(lower.slice(cut))) return true;
  return false;
}

/** What the load gives a word the corpus lists but never pairs (corpus-stats.ts). */
const UNRANKED_PER_MILLION = 2;
