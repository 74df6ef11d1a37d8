// Readings of a long small-letter token through one slip between two plain letters that a face
// makes now and then ("i" for "j": "arbetsmiliön" → "arbetsmiljön"; "m" for "n": "avgifterma" →
// "avgifterna"; "f" for "t"), with the table's å/ä/ö slips beside it. The slips and their odds are
// learned (lexicon.plainSlips, scripts/learn-confusions.ts), never listed by hand. Such a slip
// turns countless valid words into other valid words ("mitt"/"nitt"), so it is tried only on a
// token nothing accepts as written or through any other reading, only in a long token (whose other
// letters still say which word it was), and only where exactly one listed word, no compound and
// no name, comes of it: a split or a second word would be a guess.
import type { Candidate } from './candidate.ts';
import { casePattern } from './case-pattern.ts';
import { isProperNounForm, type Lexicon } from './lexicon.ts';
import { lexiconSlipTable } from './table-with-slips.ts';
import { searchReadings } from './variant-search.ts';
import { judge } from './word-prior.ts';

/** Shorter tokens meet some listed word by one plain slip too easily. */
export const MIN_PLAIN_SLIP_LENGTH = 7;
const SEARCH = { maxEdits: 4, limit: 2000, minLogp: -16, compounds: false };


/**
 * "fiallvarlden" → "fjällvärlden": the one listed word that one learned plain-letter slip, with the
 * table's slips, makes of a small-letter token of at least seven letters. Marked over-damaged:
 * only a page damaged throughout lets it win (decide-word.ts).
 */
export function plainSlipReadings(token: string, lexicon: Lexicon): Candidate[] {
  if ([...token].length < MIN_PLAIN_SLIP_LENGTH || casePattern(token) !== 'lower' || !lexicon.plainSlips?.length) return [];
  const { table, slips: plain } = lexiconSlipTable(lexicon, 'plainSlips');
  const words = new Map<string, Candidate>();
  for (const v of searchReadings(token, table, lexicon, SEARCH)) {
    if (v.edits.filter((e) => plain.has(`${e.from}\u0000${e.to}`)).length !== 1) continue;
    const lower = v.text.toLowerCase();
    const verdict = judge(lexicon, lower);
    if (!verdict || isName(lexicon, lower)) continue;
    const score = v.logChannel + verdict.prior;
    const seen = words.get(lower);
    if (!seen || seen.score < score) words.set(lower, { text: v.text, lower, score, evidence: verdict.evidence, edits: v.edits, overDamaged: true });
  }
  // Two words one slip each from the token: it tells them apart no better than a guess.
  return words.size === 1 ? [...words.values()] : [];
}

/** A capitalised entry of the domain dictionary, or a form hunspell gives only as a proper noun. */
function isName(lexicon: Lexicon, lower: string): boolean {
  const listed = lexicon.domain.get(lower);
  return (listed !== undefined && casePattern(listed) !== 'lower') || isProperNounForm(lexicon, lower);
}
