// "nya stöd", "särskilt stöd": after a word that opens a noun phrase with an adjective or a
// quantifier, a noun follows, not a finite verb ("stod"). Where the lexicon's prior already chose
// the noun reading over a valid word, the context's calibration (a valid word overridden) leaves it
// a flag; the modifier settles it.
import { knowWord, type Lexicon } from './lexicon.ts';
import type { Candidate } from './candidate.ts';
import type { DamageLevel } from './document-profile.ts';

/** As sure as a context decision on a token nothing accepts (context-on-damage.ts): above the 0.8 default. */
export const NOUN_AFTER_MODIFIER_CONFIDENCE = 0.85;

// Modifiers that cannot stand as a subject before a verb: "detta stod", "alla stod" are left out.
const MODIFIERS = new Set(['ny', 'nytt', 'nya', 'mer', 'mera', 'mest', 'mycket', 'eget', 'egna', 'stort', 'stora', 'storre', 'battre', 'samma', 'vart', 'vara', 'sitt', 'sina', 'ert', 'era', 'ytterligare', 'extra', 'fortsatt', 'visst', 'okat', 'utokat']);

/** Folded the way the English model leaves the word: å, ä, é → a and ö → o ("sérskilt" for "särskilt"). */
function foldLoose(word: string): string {
  return word.replace(/[åäé]/g, 'a').replace(/ö/g, 'o');
}

/** An attributive modifier: a listed one, or a neuter adjective by its ending ("särskilt", "ekonomiskt"); a participle in -at is left out, since a supine ends the same way ("har minskat"). */
export function isAttributiveModifier(left: string): boolean {
  const folded = foldLoose(left);
  if (MODIFIERS.has(folded)) return true;
  return folded.length >= 5 && /(?:skt|ilt|igt)$/.test(folded);
}

/** The word has a neuter definite form in -et, which a finite verb never has ("stöd" → "stödet"; "stod" has none). */
function hasNeuterDefinite(lexicon: Lexicon, lower: string): boolean {
  return knowWord(lexicon, `${lower}et`) === 'lexicon';
}

/**
 * On a damaged page, a valid small-letter word after an attributive modifier becomes the reading that only
 * restores å/ä/ö and is a noun where the word as written is none.
 */
export function isNounAfterModifier(lexicon: Lexicon, token: string, best: Candidate, original: Candidate, left: string, level: DamageLevel): boolean {
  return (
    level === 'damaged' &&
    token === token.toLowerCase() &&
    original.evidence === 'lexicon' &&
    best.evidence === 'lexicon' &&
    best.edits.length > 0 &&
    best.edits.every((e) => [...e.from].length === 1 && /^[åäö]$/.test(e.to)) &&
    isAttributiveModifier(left) &&
    hasNeuterDefinite(lexicon, best.lower) &&
    !hasNeuterDefinite(lexicon, original.lower)
  );
}
