// What a whole document (or page) says about its own OCR: did it lose its
// å, ä and ö systematically (an English-model text layer), and does it write
// ranges with en dashes? One word alone cannot tell "laget" from "läget", but
// a page where dozens of words only become Swedish with diacritics restored,
// and none carries one, tells us that every a and o is suspect.
import type { ConfusionTable } from './confusion-table.ts';
import { mayHaveDiacriticTwin } from './diacritic-twins.ts';
import { isCasedLetter } from './letter-classes.ts';
import { knowWord, type Lexicon } from './lexicon.ts';
import { searchReadings } from './variant-search.ts';
import type { Token } from './tokenise.ts';

export type DamageLevel = 'clean' | 'mixed' | 'damaged';

export interface DocumentProfile {
  /** Estimated share of å/ä/ö the OCR lost (0..1), smoothed. */
  damage: number;
  level: DamageLevel;
  /** The text writes number ranges with en dashes (or em dashes, which OCR makes of them). */
  enDashRanges: boolean;
  /** The text numbers its items with § (seen as §, $ or & before a number, or the word "paragraf…"). */
  paragraphs: boolean;
  /** Capitalised words the document writes in a pair shaped like a person's name ("Rana Aziz"): names wherever they stand. */
  names?: ReadonlySet<string>;
}

export const NEUTRAL_PROFILE: DocumentProfile = { damage: 0.5, level: 'mixed', enDashRanges: false, paragraphs: false };

const DIACRITIC = /[åäöÅÄÖ]/;
const PLAIN_FOR: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };

/**
 * Counts words that carry a diacritic and are known (intact) against words
 * that are unknown as written but become known when a/o get their diacritics
 * back (lost). Distinct words only, so one repeated name cannot decide.
 */
export function profileDocument(lines: ReadonlyArray<readonly Token[]>, lexicon: Lexicon): DocumentProfile {
  let intact = 0;
  let lost = 0;
  let enDashRanges = false;
  let paragraphs = false;
  const seen = new Set<string>();
  const gluedNumbers: number[] = [];
  for (const tokens of lines) {
    const glued = misreadSignNumber(tokens);
    if (glued !== null) gluedNumbers.push(glued);
    for (const [k, t] of tokens.entries()) {
      if (!enDashRanges && isDashedRange(t.chunk)) enDashRanges = true;
      if (!paragraphs && isParagraphMark(t.chunk, tokens[k + 1]?.chunk)) paragraphs = true;
      const lower = t.text.toLowerCase();
      if (lower.length < 3 || seen.has(lower) || !isLetters(lower)) continue;
      seen.add(lower);
      if (DIACRITIC.test(lower)) {
        if (knowWord(lexicon, lower)) intact++;
        continue;
      }
      if (knowWord(lexicon, lower)) continue;
      if (restoresToKnown(lower, lexicon)) lost++;
    }
  }
  if (!paragraphs && countsFromOne(gluedNumbers)) paragraphs = true;
  const damage = (lost + 0.5) / (lost + intact + 1);
  const level: DamageLevel = lost >= 3 && damage >= 0.6 ? 'damaged' : intact >= 3 && damage <= 0.25 ? 'clean' : 'mixed';
  return { damage, level, enDashRanges, paragraphs };
}

/** "§ 12", "$12", "&12", "§§" or the word "Paragrafer": the text numbers its items with §. */
function isParagraphMark(chunk: string, next: string | undefined): boolean {
  if (/^paragraf/i.test(chunk)) return true;
  if (!/^[§$&]/.test(chunk)) return false;
  const rest = chunk.replace(/^[§$&]+/, '');
  return /^\d/.test(rest) || (rest === '' && next !== undefined && /^\d/.test(next));
}

/** What a § opening a line may be read as: 8, or the S a worn typewriter's § looks like. */
const SIGN_LOOKALIKE = /^[8Ss]$/;
// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const OPENS_CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * "81 Öppnande", "S 1. Öppnande", or "1 8 Öppnande" where the sign follows its number: a
 * line opening with a paragraph number and a misread §, then a capitalised title; the
 * number, or null. (The Swedish model reads a § as 8 or S, so such a page may show no § at all.)
 */
function misreadSignNumber(tokens: readonly Token[]): number | null {
  const first = tokens[0]?.chunk ?? '';
  const second = tokens[1]?.chunk ?? '';
  const glued = /^8([1-9]\d?)$/.exec(first);
  const numberFirst = /^([1-9]\d?)\.?$/.exec(first);
  const signFirst = SIGN_LOOKALIKE.test(first) ? /^([1-9]\d?)\.?$/.exec(second) : null;
  const number = glued ?? (numberFirst && second === '8' ? numberFirst : signFirst);
  const title = tokens[glued ? 1 : 2]?.chunk;
  if (!number || title === undefined || !OPENS_CAPITALISED.test(title)) return null;
  return Number(number[1]);
}

/** Headings "81 …", "82 …", "83 …" (or "S 1. …", "1 8 …") down the page: items numbered from one, each with its § misread. */
const MIN_GLUED_RUN = 3;
function countsFromOne(numbers: readonly number[]): boolean {
  let next = 1;
  for (const n of numbers) if (n === next) next++;
  return next > MIN_GLUED_RUN;
}

/** An en dash, an em dash or "—-" between two numbers: the source typed ranges with an en dash. */
function isDashedRange(chunk: string): boolean {
  for (let k = 1; k < chunk.length - 1; k++) {
    const c = chunk[k];
    if ((c === '–' || c === '—') && isDigit(chunk[k - 1]!) && (isDigit(chunk[k + 1]!) || chunk[k + 1] === '-')) return true;
  }
  return false;
}

// Every a/o with its diacritic forms (up to six of them), searched with prefix
// pruning: enough to tell a systematically damaged page from a clean one.
const RESTORE_TABLE: ConfusionTable = {
  substitutions: new Map([
    ['a', [{ truth: 'ä', logp: 0 }, { truth: 'å', logp: 0 }]],
    ['o', [{ truth: 'ö', logp: 0 }]],
  ]),
  identity: new Map(),
};
function restoresToKnown(lower: string, lexicon: Lexicon): boolean {
  // Only an a or an o takes a diacritic back: a word with neither has no reading to search.
  if (!lower.includes('a') && !lower.includes('o')) return false;
  // Nor has a word whose spelling no listed word shares with å/ä/ö.
  if (!mayHaveDiacriticTwin(lexicon, RESTORE_TABLE, lower, lower)) return false;
  for (const v of searchReadings(lower, RESTORE_TABLE, lexicon, { maxEdits: 6, limit: 8, minLogp: -1, compounds: false })) {
    if (v.edits.length > 0 && knowWord(lexicon, v.text) !== null) return true;
  }
  return false;
}

function isLetters(s: string): boolean {
  for (const ch of s) if (!isCasedLetter(ch)) return false;
  return true;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** True when `to` is `from` with a diacritic added (a→å, a→ä, o→ö, either case). */
export function isLostDiacritic(edit: { from: string; to: string }): boolean {
  const plain = PLAIN_FOR[edit.to.toLowerCase()];
  return plain !== undefined && plain === edit.from.toLowerCase();
}

/** True when `to` is `from` without its diacritic: the Swedish model's own slip (informåtionen). */
export function isAddedDiacritic(edit: { from: string; to: string }): boolean {
  const plain = PLAIN_FOR[edit.from.toLowerCase()];
  return plain !== undefined && plain === edit.to.toLowerCase();
}
