// Readings of an å/ä/ö the English model drew as two glyphs, a sign ('6', '&', '@', 'é') and a
// stray piece beside it: only for a token nothing else explains.
import { readingsOf } from './accepted-readings.ts';
import type { Candidate } from './candidate.ts';
import type { Variant } from './confusion-table.ts';
import { SWEDISH_LETTER } from './letter-classes.ts';
import type { Lexicon } from './lexicon.ts';
import { searchReadings } from './variant-search.ts';

/** A sign must stand for å, ä or ö at least this often to take a stray piece with it. */
const MIN_SIGN_P = 0.1;
/** A piece of the letter read as a glyph of its own beside the sign: as rare as a stray letter. */
const LOG_SIGN_PIECE = Math.log(0.002);
const MIN_SIGN_PAIR_LENGTH = 5;
const MAX_SIGN_PAIR_EDITS = 2;
const signTables = new WeakMap<Lexicon, Set<string>>();
/** The non-letter glyphs (and é) the table reads as å, ä or ö more often than not wrong: '6', '&', '@', 'é'. */
function diacriticSigns(lexicon: Lexicon): Set<string> {
  let signs = signTables.get(lexicon);
  if (!signs) {
    signs = new Set();
    for (const [ocr, subs] of lexicon.confusions.substitutions) {
      if ([...ocr].length !== 1 || /[a-zA-Z]/.test(ocr)) continue;
      if (subs.some((s) => SWEDISH_LETTER.test(s.truth) && s.logp >= Math.log(MIN_SIGN_P))) signs.add(ocr);
    }
    signTables.set(lexicon, signs);
  }
  return signs;
}

/**
 * "Kassb6ren" → "Kassören", "la&ngre" → "längre", "RA&det" → "Rådet": the English model draws
 * one å, ä or ö as two glyphs, a sign it reads for the letter ('6', '&', '@', 'é') and a stray
 * piece beside it. The table learned a few such pairs ("d&", "é6"); any letter beside a sign may
 * be that piece. Only listed words and compounds, as for the rare slips: a name of elements fits
 * too many strings.
 */
export function signPairReadings(token: string, lexicon: Lexicon): Candidate[] {
  if (token.length < MIN_SIGN_PAIR_LENGTH) return [];
  const signs = diacriticSigns(lexicon);
  const chars = [...token];
  if (!chars.some((ch) => signs.has(ch))) return [];
  const variants: Variant[] = [];
  const tried = new Set<string>();
  for (let k = 0; k < chars.length; k++) {
    if (!signs.has(chars[k]!)) continue;
    for (const at of [k - 1, k + 1]) {
      // A piece of an inner letter lies inside the word: a first or last letter is the word's own ("Dunér", "Wéhlin").
      if (at < 1 || at > chars.length - 2) continue;
      const piece = chars[at];
      // The piece is a letter, or a second sign ("mé&nad": é and & for one å).
      if (piece === undefined || (!signs.has(piece) && piece.toLowerCase() === piece.toUpperCase())) continue;
      const shorter = [...chars.slice(0, at), ...chars.slice(at + 1)].join('');
      if (tried.has(shorter)) continue;
      tried.add(shorter);
      const pair = at < k ? piece + chars[k]! : chars[k]! + piece;
      for (const v of searchReadings(shorter, lexicon.confusions, lexicon, { maxEdits: MAX_SIGN_PAIR_EDITS, limit: 400, minLogp: -16, compounds: true })) {
        // The sign itself must be read as å, ä or ö: the piece belonged to that letter. One slip more at most
        // (the search's limit): a reading that needs many is a guess the later fallbacks make better.
        if (!v.edits.some((e) => e.from === chars[k] && SWEDISH_LETTER.test(e.to))) continue;
        variants.push({ text: v.text, logChannel: v.logChannel + LOG_SIGN_PIECE, edits: [{ from: pair, to: chars[k]! }, ...v.edits] });
      }
    }
  }
  return readingsOf(token, variants, lexicon).filter((c) => !(c.evidence === 'domain' && c.parts));
}
