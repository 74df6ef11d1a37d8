// Variants one letter longer or shorter than the token: a dropped final, leading or inner å/ä/ö,
// a double consonant read as one, a stray letter inside a long word.
import { casePattern } from './case-pattern.ts';
import type { Variant } from './confusion-table.ts';
import { isPlainWord } from './letter-classes.ts';
import { knowWord, type Lexicon } from './lexicon.ts';
import { isOldPluralPassiveO } from './old-plural-passive.ts';
import { searchReadings } from './variant-search.ts';
import { MAX_NAME_LENGTH, perMillion } from './word-prior.ts';

/** A double consonant the OCR read as one is only believed where it gives a very common word. */
const MERGED_DOUBLE_PER_MILLION = 200;
const LOG_MERGED_DOUBLE = Math.log(0.003);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö', 'é']);

/** "til" → "till": a doubled consonant read as one, where that gives a very common word. */
export function mergedDoubleVariants(token: string, lexicon: Lexicon): Variant[] {
  const out: Variant[] = [];
  if (token.length < 2 || !isPlainWord(token)) return out;
  if (!mayBeAmong(token.toLowerCase(), token, commonWordKeys(lexicon).mergedDouble)) return out;
  for (let k = 0; k < token.length; k++) {
    const ch = token[k]!;
    if (VOWELS.has(ch.toLowerCase()) || token[k + 1] === ch || token[k - 1] === ch) continue;
    const text = token.slice(0, k + 1) + ch + token.slice(k + 1);
    const lower = text.toLowerCase();
    if (perMillion(lexicon, lower) < MERGED_DOUBLE_PER_MILLION || knowWord(lexicon, lower) !== 'lexicon') continue;
    out.push({ text, logChannel: LOG_MERGED_DOUBLE, edits: [{ from: ch, to: ch + ch }] });
  }
  return out;
}

/** A dropped leading å/ä/ö is only believed where it gives a word at least this common. */
const LEADING_DROP_PER_MILLION = 20;
/** The OCR loses a leading Ö/Å/Ä now and then (a ring or dots read as a speck and dropped). */
const LOG_LEADING_DROP = Math.log(0.003);
/** An inner å/ä/ö dropped, its neighbours joined ("frn" for "från"): as rare as a leading one. */
const LOG_INNER_DROP = Math.log(0.003);
const LONG_DROP_LENGTH = 7;

/** "kat" → "ökat", "Ver" → "Över": a leading å/ä/ö dropped, where that gives a frequent word. */
export function leadingDropVariants(token: string, lexicon: Lexicon): Variant[] {
  const out: Variant[] = [];
  if (token.length < 2 || !isPlainWord(token)) return out;
  const pattern = token === token.toUpperCase() ? 'upper' : token[0] !== token[0]!.toLowerCase() ? 'title' : 'lower';
  if (pattern === 'title' && token.slice(1) !== token.slice(1).toLowerCase()) return out;
  const rest = pattern === 'title' ? token[0]!.toLowerCase() + token.slice(1) : token;
  if (!commonWordKeys(lexicon).leadingDrop.has(rest.toLowerCase())) return out;
  for (const d of FINAL_DIACRITICS) {
    // Only a listed word, not a domain name: a name gaining a letter is too easy a guess.
    if (perMillion(lexicon, d + rest.toLowerCase()) < LEADING_DROP_PER_MILLION || knowWord(lexicon, d + rest.toLowerCase()) !== 'lexicon') continue;
    const letter = pattern === 'lower' ? d : d.toUpperCase();
    out.push({ text: letter + rest, logChannel: LOG_LEADING_DROP, edits: [{ from: '', to: letter }] });
  }
  return out;
}

/**
 * The English model drops an inner å, ä or ö now and then, leaving its neighbours
 * joined ("frn", "stller"). Only a listed word (no name) may be what such a token lost a
 * letter from, and for a short token only a common one (≥ 20 per million): a rare short word or
 * a name gaining a letter is too easy a guess; a long token rarely meets another word by chance.
 */
export function innerDropVariants(token: string, lexicon: Lexicon): Variant[] {
  const out: Variant[] = [];
  if (token.length < 3 || !isPlainWord(token) || casePattern(token) === 'mixed') return out;
  const upper = casePattern(token) === 'upper';
  for (let at = 1; at < token.length; at++) {
    for (const d of FINAL_DIACRITICS) {
      const lower = (token.slice(0, at) + d + token.slice(at)).toLowerCase();
      if ((token.length < LONG_DROP_LENGTH && perMillion(lexicon, lower) < LEADING_DROP_PER_MILLION) || knowWord(lexicon, lower) !== 'lexicon') continue;
      const letter = upper ? d.toUpperCase() : d;
      out.push({ text: token.slice(0, at) + letter + token.slice(at), logChannel: LOG_INNER_DROP, edits: [{ from: '', to: letter }] });
    }
  }
  return out;
}

const FINAL_DIACRITICS = ['ö', 'å', 'ä'];

/**
 * Every token asks whether a common word lies one letter away; nearly none does. What those words leave when
 * the letter goes is known once per lexicon, so a token whose small letters are none of it is told at once,
 * before a string is built and looked up per place and letter.
 */
interface CommonWordKeys {
  /** A listed word of at least MERGED_DOUBLE_PER_MILLION with one letter of a doubled pair taken out. */
  mergedDouble: Set<string>;
  /** A listed word of at least LEADING_DROP_PER_MILLION opening with å/ä/ö, without that letter. */
  leadingDrop: Set<string>;
}
const commonWordKeyCache = new WeakMap<Lexicon, CommonWordKeys>();
function commonWordKeys(lexicon: Lexicon): CommonWordKeys {
  let keys = commonWordKeyCache.get(lexicon);
  if (keys) return keys;
  keys = { mergedDouble: new Set(), leadingDrop: new Set() };
  for (const [word, pm] of lexicon.frequency) {
    if (pm < LEADING_DROP_PER_MILLION || knowWord(lexicon, word) !== 'lexicon') continue;
    if (FINAL_DIACRITICS.includes(word[0]!)) keys.leadingDrop.add(word.slice(1));
    if (pm < MERGED_DOUBLE_PER_MILLION) continue;
    for (let k = 0; k + 1 < word.length; k++) if (word[k] === word[k + 1]) keys.mergedDouble.add(word.slice(0, k) + word.slice(k + 1));
  }
  commonWordKeyCache.set(lexicon, keys);
  return keys;
}

/**
 * False only where `lower` (the token in small letters) is certainly not among `keys`' strings: a token
 * whose letters lower-case one for one (Latin script; a letter like İ grows, Greek sigma looks at its
 * neighbours) has its letter's removal commute with lower-casing; any other is always searched.
 */
function mayBeAmong(lower: string, token: string, keys: Set<string>): boolean {
  if (keys.has(lower)) return true;
  if (lower.length !== token.length) return true;
  for (let k = 0; k < token.length; k++) if (token.charCodeAt(k) >= 0x370) return true;
  return false;
}
/** The OCR loses a final ö more often than any other letter (a thin ring after a long word). */
const LOG_FINAL_DROP = Math.log(0.003);
/** A stray extra letter inside a long word ("sammianträde"). */
const LOG_STRAY_LETTER = Math.log(0.002);
const STRAY_SEARCH = { maxEdits: 2, limit: 50, minLogp: -12, compounds: true };

/** Readings one letter longer than the token: a dropped final å/ä/ö. */
export function lengthVariants(token: string): Variant[] {
  const out: Variant[] = [];
  if (!isPlainWord(token)) return out;
  if (token.length >= 4) {
    const upper = token === token.toUpperCase();
    for (const d of FINAL_DIACRITICS) {
      const letter = upper ? d.toUpperCase() : d;
      out.push({ text: token + letter, logChannel: LOG_FINAL_DROP, edits: [{ from: '', to: letter }] });
    }
  }
  return out;
}

/**
 * Readings with one stray inner letter dropped from a long token, each with
 * the table's slips on top ("omradde" → "omrade" → "område").
 */
export function strayLetterReadings(token: string, lexicon: Lexicon, tableExplains: boolean): Variant[] {
  const out: Variant[] = [];
  if (token.length < 7 || !isPlainWord(token)) return out;
  // A capitalised token of name length may be a name nobody lists: a stray letter
  // plus slips would explain too much of it, so it only loses the letter.
  const nameLength = (token[0] !== token[0]!.toLowerCase() && token.length <= MAX_NAME_LENGTH) || tableExplains;
  for (let k = 1; k < token.length - 1; k++) {
    if (token[k] === token[k - 1] || isOldPluralPassiveO(token, k)) continue;
    const stray = { from: token.slice(k - 1, k + 1), to: token[k - 1]! };
    const shorter = token.slice(0, k) + token.slice(k + 1);
    if (nameLength) {
      out.push({ text: shorter, logChannel: LOG_STRAY_LETTER, edits: [stray] });
      continue;
    }
    for (const v of searchReadings(shorter, lexicon.confusions, lexicon, STRAY_SEARCH)) {
      out.push({ text: v.text, logChannel: v.logChannel + LOG_STRAY_LETTER, edits: [stray, ...v.edits] });
    }
  }
  return out;
}
