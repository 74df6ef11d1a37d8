// "det fortsatta arbetet", "en ny tavla": a word after an article, a possessive, an adjective that
// opens a noun phrase, or a finite "är"/"var", is no infinitive. A reading that turns a valid word
// into a verb's infinitive there ("det fortsätta", "ny tävla") breaks the sentence, whatever the
// word prior says, so it is only ever a suggestion.
import { fold } from './syntax-cues.ts';
import { hasPresentTense } from './reading-checks.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * Words after which Swedish grammar puts a noun phrase, never a bare infinitive ("att" and the
 * auxiliaries take one). Plural subjects ("de", "dessa", "alla") are left out: the old written
 * standard's plural verb has an infinitive's spelling ("de fortsätta", "alla voro").
 */
const NOUN_PHRASE_OPENERS = new Set(
  ['det', 'den', 'en', 'ett', 'denna', 'detta', 'sin', 'sitt', 'sina', 'min', 'mitt', 'mina', 'din', 'ditt', 'dina', 'vårt', 'våra', 'ert', 'era', 'hans', 'hennes', 'deras', 'dess', 'ny', 'nytt', 'nya', 'är', 'var'].map(fold),
);

/** Confidence of such a reading: below the 0.8 default threshold. */
export const INFINITIVE_AFTER_DETERMINER_CONFIDENCE = 0.6;

/** The reading is an infinitive the lexicon inflects, the valid word it replaces is none, and the left neighbour opens a noun phrase. */
export function isInfinitiveAfterDeterminer(lexicon: Lexicon, reading: string, original: string, originalValid: boolean, left: string): boolean {
  return originalValid && NOUN_PHRASE_OPENERS.has(fold(left)) && hasPresentTense(lexicon, reading) && !hasPresentTense(lexicon, original);
}
