// A compound's first part that ends in å, ä or ö ("miljö", "hälsö-" is none, but "miljö+nämnden",
// "miljö+chef") has that letter where the English model draws it worst: squeezed against the next
// part, it comes out as any stray glyph ("miljpnamnden", "miljsnamnden", "milidchef") or as
// nothing ("miljnamnden"), shapes too varied for the confusion table to learn. Where the letters
// before it spell the part's plain stem, the stem is no compound opener itself, and the letters
// after it read as the rest of a compound, the glyphs between stand for that letter.
import type { Variant } from './confusion-table.ts';
import { FORM_FLAG } from './lexicon-format.ts';
import type { Lexicon } from './lexicon.ts';
import { searchReadings } from './variant-search.ts';

/** As rare as a stray letter (one-letter-variants.ts): never a reading the table can give. */
const LOG_GARBLED = Math.log(0.002);
/** Shorter openers ("sjö", "trä") leave a stem ("sj", "tr") that begins too many words. */
const MIN_STEM = 3;
/** The rest must be a part of its own, not a stray ending. */
const MIN_REST = 4;
const MAX_GLYPHS = 2;
const DIACRITICS = ['å', 'ä', 'ö'] as const;
const PLAIN_STEM = /^[a-z]+$/;
/** Letters, or the signs the English model draws for å, ä and ö. */
const LETTER_INK = /^[\p{L}6&@]*$/u;
// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const ONLY_LETTERS = /^\p{L}+$/u;

/**
 * Readings of `token` (an unknown word of 8+ characters) with one compound opener's final å, ä or ö
 * restored in place of 0–2 glyphs after its plain stem; the rest read through the table as usual.
 * The caller judges them: only a listed word or a compound of listed parts makes one a reading.
 */
export function garbledPartEndVariants(token: string, lexicon: Lexicon): Variant[] {
  if (token.length < 2 * MIN_REST) return [];
  const lower = token.toLowerCase();
  const out: Variant[] = [];
  for (let cut = MIN_STEM; cut <= lower.length - MIN_REST; cut++) {
    const stem = lower.slice(0, cut);
    if (!PLAIN_STEM.test(stem) || opensCompound(lexicon, stem)) continue;
    for (const letter of DIACRITICS) {
      if (!opensCompound(lexicon, stem + letter)) continue;
      for (let glyphs = 0; glyphs <= MAX_GLYPHS; glyphs++) {
        const rest = token.slice(cut + glyphs);
        if (rest.length < MIN_REST || !ONLY_LETTERS.test(rest)) continue;
        const glyph = token.slice(cut, cut + glyphs);
        // A stop or comma between two words ("Linda.informerade") is punctuation, not a letter's ink.
        if (!LETTER_INK.test(glyph)) continue;
        // A plain or accented letter in its place is the table's slip to read, not a garbled glyph.
        if (glyphs === 1 && (glyph.toLowerCase() === plainOf(letter) || glyph === 'é')) continue;
        const written = token.slice(0, cut) + caseOf(token[cut - 1]!, letter) + rest;
        for (const v of searchReadings(written, lexicon.confusions, lexicon, { maxEdits: 2, limit: 200, minLogp: -12, compounds: true })) {
          // The restored letter stays as restored: the search may only read the rest.
          if (v.text.slice(0, cut + 1).toLowerCase() !== stem + letter) continue;
          out.push({ text: v.text, logChannel: v.logChannel + LOG_GARBLED, edits: [{ from: glyph, to: letter }, ...v.edits] });
        }
      }
    }
  }
  return out;
}

function opensCompound(lexicon: Lexicon, form: string): boolean {
  return ((lexicon.forms.get(form) ?? 0) & FORM_FLAG.compoundBegin) !== 0;
}

function plainOf(letter: string): string {
  return letter === 'ö' ? 'o' : 'a';
}

/** The restored letter takes the case of the stem's last letter ("MILJPNAMNDEN"). */
function caseOf(before: string, letter: string): string {
  return before !== before.toLowerCase() ? letter.toUpperCase() : letter;
}
