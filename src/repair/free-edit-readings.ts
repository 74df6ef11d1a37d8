// Readings of a long token that the confusion table alone cannot explain because one of its
// slips is one the table never learned ("bestksverksamhet" → "besöksverksamhet": a t read for
// an ö; "arsberatelse" → "årsberättelse": an ä beside the t that was lost). The search runs
// with the table's slips plus exactly one free edit that writes an å, ä or ö the table does
// not offer: for any glyph, for two glyphs, or added beside one; or a glyph dropped. Only
// those: the English model's damage is lost å/ä/ö, and a free edit between plain letters both
// explains too many words the lists lack and makes the search many times slower. Only a token
// nothing else explains is searched, and only a reading the lists accept as a word is kept
// (keepFreeEditReadings): one unexplained edit in a long word still leaves the rest of its
// letters to say which word it was, which a short word's letters cannot.
import { casePattern } from './case-pattern.ts';
import type { ConfusionTable, Substitution, Variant } from './confusion-table.ts';
import { isProperNounForm, type Lexicon } from './lexicon.ts';
import { searchReadings, withRows } from './variant-search.ts';
import type { Candidate } from './candidate.ts';

/** Shorter tokens reach some listed word by one free edit too easily. */
const MIN_FREE_EDIT_LENGTH = 7;
/**
 * log P of the one edit no table row explains. Below half of minLogp, so a second free
 * edit never fits: one unexplained slip per word, the table's slips for the rest.
 */
const LOG_FREE_EDIT = Math.log(0.001);
const MIN_LOGP = -12.5;
const MAX_EDITS = 4;
const SWEDISH_LETTERS = ['å', 'ä', 'ö'];

/**
 * The table with, for every character of `token`, each free edit of it: another letter in its
 * place, nothing, or one added on either side. Rows keep the table's own slips first.
 */
function tableWithFreeEdits(token: string, table: ConfusionTable): ConfusionTable {
  // Only the rows of the token's own characters and pairs change.
  const rows = new Map<string, Substitution[]>();
  const upper = casePattern(token) === 'upper';
  const memo = freeRowsOf(table);
  for (const ch of new Set(token)) rows.set(ch, charRow(memo, table, ch, upper, ch === token[0]));
  // One å, ä or ö drawn as two glyphs ("dj" or "ao" for ö). Only those letters: two plain letters
  // read for one other plain letter is rarer than a word the lists lack ("ck" in an English word).
  const chars = [...token];
  for (let k = 0; k + 1 < chars.length; k++) {
    const pair = chars[k]! + chars[k + 1]!;
    const capital = (k === 0 && chars[0] !== chars[0]!.toLowerCase()) || upper;
    const earlier = rows.get(pair);
    rows.set(pair, earlier ? withPairLetters(earlier, capital) : pairRow(memo, table, pair, capital));
  }
  return withRows(table, rows);
}

/**
 * A character's or a pair's free-edit row depends on the table, the characters and where they stand alone, not on
 * the rest of the token: made once per table (searches only read rows), since building them for every long
 * unknown token cost more than its search.
 */
const freeRows = new WeakMap<ConfusionTable, Map<string, Substitution[]>>();
function freeRowsOf(table: ConfusionTable): Map<string, Substitution[]> {
  let memo = freeRows.get(table);
  if (!memo) freeRows.set(table, (memo = new Map()));
  return memo;
}

/** The row of `ch`: the table's slips, then each Swedish letter for it, nothing, and each beside it. */
function charRow(memo: Map<string, Substitution[]>, table: ConfusionTable, ch: string, upper: boolean, opensToken: boolean): Substitution[] {
  const key = `${ch}\u0000${upper ? 1 : 0}${opensToken ? 1 : 0}`;
  let row = memo.get(key);
  if (row) return row;
  row = [...(table.substitutions.get(ch) ?? [])];
  const capital = upper || (ch !== ch.toLowerCase() && opensToken);
  const after = opensToken && !upper ? ch.toLowerCase() : ch;
  // No closures per character: under tsx each one made is named at run time, which cost more than the row.
  for (const letter of SWEDISH_LETTERS) addFreeEdit(row, ch, capital ? letter.toUpperCase() : letter);
  addFreeEdit(row, ch, '');
  for (const letter of SWEDISH_LETTERS) {
    addFreeEdit(row, ch, ch + letter);
    addFreeEdit(row, ch, (capital ? letter.toUpperCase() : letter) + after);
  }
  memo.set(key, row);
  return row;
}

/** The row of a pair: the table's slips for it, then each Swedish letter the two glyphs may draw. */
function pairRow(memo: Map<string, Substitution[]>, table: ConfusionTable, pair: string, capital: boolean): Substitution[] {
  const key = `${pair}\u0000${capital ? 1 : 0}`;
  let row = memo.get(key);
  if (!row) memo.set(key, (row = withPairLetters(table.substitutions.get(pair) ?? [], capital)));
  return row;
}

/** `own` with each Swedish letter it does not already read the pair as. */
function withPairLetters(own: readonly Substitution[], capital: boolean): Substitution[] {
  const known = new Set(own.map((s) => s.truth));
  const free: Substitution[] = [];
  for (const letter of SWEDISH_LETTERS) {
    const truth = capital ? letter.toUpperCase() : letter;
    if (!known.has(truth)) free.push({ truth, logp: LOG_FREE_EDIT });
  }
  return [...own, ...free];
}

/** Adds to the row of `ch` a free edit that writes `truth` for it, unless the row already reads it so. */
function addFreeEdit(row: Substitution[], ch: string, truth: string): void {
  if (truth === ch) return;
  for (const s of row) if (s.truth === truth) return;
  row.push({ truth, logp: LOG_FREE_EDIT });
}

/** The table's slips plus exactly one free edit; each reading's edits name which was free. */
export function freeEditVariants(token: string, lexicon: Lexicon): Variant[] {
  if ([...token].length < MIN_FREE_EDIT_LENGTH) return [];
  const base = lexicon.confusions.substitutions;
  const isTableSlip = (e: { from: string; to: string }): boolean => base.get(e.from)?.some((s) => s.truth === e.to) === true;
  const variants = searchReadings(token, tableWithFreeEdits(token, lexicon.confusions), lexicon, { maxEdits: MAX_EDITS, limit: 2000, minLogp: MIN_LOGP, compounds: true });
  return variants.filter((v) => v.edits.filter((e) => !isTableSlip(e)).length === 1);
}

/** A compound rests on one free edit only in a token this long: shorter ones split some way after any slip. */
const MIN_COMPOUND_LENGTH = 10;
const MAX_READINGS = 3;
const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e' };
const folded = (text: string): string => [...text.toLowerCase()].map((ch) => FOLD[ch] ?? ch).join('');

/**
 * Which readings one free edit may give (`readings`: what the lists accept of freeEditVariants):
 * - only a listed word that is no name or, in a long token, a compound;
 * - the word's last two letters as written, diacritics aside: a different ending is another
 *   inflection or a word the lists lack ("besluter", "slutad", "actions"), not a slip; and where
 *   one letter changed, dropped or added alone gives such a reading, the token is that, and no
 *   reading of it is kept;
 * - the word's first letter as written (when it is a letter): a word's first letter is seldom
 *   what the OCR garbles, and a reading that changes it is another word ("leader" is no "väder");
 * - an å, ä or ö restored: the English model's damage, which a word with one odd letter and no
 *   lost å/ä/ö does not show: such a word is more often one the lists lack (an English
 *   "meeting" is no "mening");
 * - in a capitalised token (most often a name or an English word no list holds), no compound,
 *   and a slip of the table's beside the free edit: one free edit alone turns a name into a word.
 * Each kept reading counts its edits, which its confidence falls with (decide-word.ts), and is
 * marked over-damaged: only a damaged page lets it win.
 */
export function keepFreeEditReadings(token: string, readings: Candidate[], lexicon: Lexicon): Candidate[] {
  const capitalised = casePattern(token) !== 'lower';
  const end = folded(token).slice(-2);
  const accepted = readings.filter(
    (c) => ((c.evidence === 'lexicon' || (c.evidence === 'domain' && !c.parts)) && !isName(lexicon, c.lower)) || (c.evidence === 'compound' && !capitalised && [...token].length >= MIN_COMPOUND_LENGTH),
  );
  if (accepted.some((c) => c.edits.length === 1 && isOneLetterEdit(c.edits[0]!) && folded(c.lower).slice(-2) !== end)) return [];
  const kept = accepted
    .filter((c) => folded(c.lower).slice(-2) === end)
    .filter((c) => keepsFirstLetter(token, c.lower) && c.edits.some(restoresSwedishLetter) && (!capitalised || c.edits.length >= 2))
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_READINGS);
  for (const c of kept) {
    c.overDamaged = true;
    c.freeEditCount = c.edits.length;
  }
  return kept;
}

/** A capitalised entry of the domain dictionary, or a form hunspell gives only as a proper noun. */
function isName(lexicon: Lexicon, lower: string): boolean {
  const listed = lexicon.domain.get(lower);
  return (listed !== undefined && casePattern(listed) !== 'lower') || isProperNounForm(lexicon, lower);
}

/** One letter for another, or one letter dropped or added. */
function isOneLetterEdit(edit: { from: string; to: string }): boolean {
  return [...edit.from].length <= 1 && [...edit.to].length <= 1;
}

/** The reading opens with the token's first letter, diacritics aside; a token opening with a digit or sign may open any way. */
function keepsFirstLetter(token: string, lower: string): boolean {
  const first = folded(token)[0] ?? '';
  return first.toLowerCase() === first.toUpperCase() || folded(lower)[0] === first;
}

const SWEDISH_LETTER = /[åäöÅÄÖ]/;
/** The edit writes an å, ä or ö where the OCR wrote none. */
function restoresSwedishLetter(edit: { from: string; to: string }): boolean {
  return SWEDISH_LETTER.test(edit.to) && !SWEDISH_LETTER.test(edit.from);
}
