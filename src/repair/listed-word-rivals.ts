// Rivals of a token a list already holds: the same word with its å/ä/ö restored, a very frequent
// word a rare listed token may be a slip for, and a commoner å/ä/ö word one table slip away.
import { MAX_EDITS } from './accepted-readings.ts';
import { casePattern } from './case-pattern.ts';
import { mayBeCorpusSlip } from './corpus-slip-keys.ts';
import type { Candidate } from './candidate.ts';
import { type ConfusionTable, type Substitution } from './confusion-table.ts';
import { mayHaveDiacriticTwin } from './diacritic-twins.ts';
import { isLostDiacritic } from './document-profile.ts';
import { isProperNounForm, type Lexicon } from './lexicon.ts';
import { isPlainWord, SWEDISH_LETTER } from './letter-classes.ts';
import { leadingDropVariants } from './one-letter-variants.ts';
import { identityLogChannel, readsOnlyAsWritten, searchReadings } from './variant-search.ts';
import { judge, perMillion } from './word-prior.ts';

const MAX_CORPUS_SLIP_LENGTH = 10;

/** Listed words with å/ä/ö, at least as common, one slip of the table from a listed token without them. */
export function corpusSlipRivals(token: string, lexicon: Lexicon): Candidate[] {
  const corpus = lexicon.corpus;
  if (!corpus || token.length > MAX_CORPUS_SLIP_LENGTH || SWEDISH_LETTER.test(token) || !isPlainWord(token)) return [];
  if (!mayBeCorpusSlip(lexicon.confusions, corpus, token, token.toLowerCase())) return [];
  const own = perMillion(lexicon, token.toLowerCase());
  const out: Candidate[] = [];
  for (const v of searchReadings(token, lexicon.confusions, lexicon, { maxEdits: 1, limit: 50, minLogp: -12, compounds: false })) {
    const lower = v.text.toLowerCase();
    if (v.edits.length === 0 || v.edits.every(isLostDiacritic) || !SWEDISH_LETTER.test(lower) || !corpus.words.has(lower)) continue;
    if (perMillion(lexicon, lower) < own) continue;
    const verdict = judge(lexicon, lower);
    if (verdict && verdict.evidence !== 'compound') out.push({ text: v.text, lower, score: v.logChannel + verdict.prior, evidence: verdict.evidence, edits: v.edits, corpusSlip: true });
  }
  return out;
}

export function knownWordCandidates(token: string, lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const table = diacriticTable(lexicon);
  // Most listed words have no letter that lost a diacritic ("till", "med"), or no listed twin with one ("kommun"):
  // the search would only walk them as written.
  const lower = token.toLowerCase();
  if (readsOnlyAsWritten(token, lower, table) || !mayHaveDiacriticTwin(lexicon, table, token, lower)) {
    const verdict = judge(lexicon, lower);
    if (verdict) return [{ text: token, lower, score: identityLogChannel(token, table) + verdict.prior, evidence: verdict.evidence, edits: [] }];
  }
  for (const v of searchReadings(token, table, lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: false })) {
    const lower = v.text.toLowerCase();
    const verdict = judge(lexicon, lower);
    if (verdict) out.push({ text: v.text, lower, score: v.logChannel + verdict.prior, evidence: verdict.evidence, edits: v.edits });
  }
  return out;
}

/** A listed token no more common than this (per million) may be a slip for a very frequent word. */
const RARE_LISTED_PER_MILLION = 5;
/** ... which it may stand for when that word is this common and this many times commoner. */
const FREQUENT_RIVAL_PER_MILLION = 500;
const FREQUENT_RIVAL_RATIO = 1000;
const MAX_RARE_SHORT_LENGTH = 3;
/** A word the frequency list marks rare may stand for a listed word this common and this many times commoner. */
const MARKED_RARE_RIVAL_PER_MILLION = 20;
const MARKED_RARE_RIVAL_RATIO = 100;

export function isRareListed(token: string, lexicon: Lexicon): boolean {
  return perMillion(lexicon, token.toLowerCase()) <= RARE_LISTED_PER_MILLION;
}

/**
 * Very frequent words a rare listed token may be a slip for: short ones by any
 * confusion ("pi" → "på", "dr" → "är"), any by a dropped leading å/ä/ö.
 */
export function frequentRivals(token: string, lexicon: Lexicon): Candidate[] {
  const listed = lexicon.frequency.get(token.toLowerCase());
  // The frequency list marking a word as rare (below 1 per million) is itself evidence: a commoner rival suffices.
  const markedRare = listed !== undefined && listed < 1;
  const floor = markedRare
    ? Math.max(MARKED_RARE_RIVAL_PER_MILLION, MARKED_RARE_RIVAL_RATIO * listed)
    : Math.max(FREQUENT_RIVAL_PER_MILLION, FREQUENT_RIVAL_RATIO * perMillion(lexicon, token.toLowerCase()));
  const out: Candidate[] = [];
  // A capitalised listed word may be a name ("Berg"): it gains no leading letter.
  const readings = casePattern(token) === 'lower' ? [...leadingDropVariants(token, lexicon)] : [];
  if (token.length <= MAX_RARE_SHORT_LENGTH || markedRare) {
    readings.push(...searchReadings(token, lexicon.confusions, lexicon, { maxEdits: 2, limit: 200, minLogp: -12, compounds: false }));
  }
  for (const v of readings) {
    const lower = v.text.toLowerCase();
    if (v.edits.length === 0 || (v.edits[0]!.from !== '' && perMillion(lexicon, lower) < floor)) continue;
    const verdict = judge(lexicon, lower);
    if (verdict) out.push({ text: v.text, lower, score: v.logChannel + verdict.prior, evidence: verdict.evidence, edits: v.edits, rivalOfRare: true });
  }
  return out;
}

const diacriticTables = new WeakMap<Lexicon, ConfusionTable>();
/** The confusion table cut down to lost diacritics (a→å/ä, o→ö), same identity costs. */
function diacriticTable(lexicon: Lexicon): ConfusionTable {
  let table = diacriticTables.get(lexicon);
  if (!table) {
    const substitutions = new Map<string, Substitution[]>();
    for (const [ocr, subs] of lexicon.confusions.substitutions) {
      const kept = subs.filter((s) => isLostDiacritic({ from: ocr, to: s.truth }));
      if (kept.length > 0) substitutions.set(ocr, kept);
    }
    table = { substitutions, identity: lexicon.confusions.identity };
    diacriticTables.set(lexicon, table);
  }
  return table;
}

const MIN_SMALL_PROPER_NOUN_LENGTH = 4;
/**
 * A token in small letters that the lexicon lists only as a proper noun ("lings", of the name Ling):
 * as written it is no common word, so it is weighed as a token no list holds, not as a listed word.
 */
export function isSmallProperNoun(token: string, lexicon: Lexicon): boolean {
  // Short tokens keep their listing: the rivals a listed short word gets ("at" → "åt") are tuned for it.
  if (token.length < MIN_SMALL_PROPER_NOUN_LENGTH || casePattern(token) !== 'lower') return false;
  const lower = token.toLowerCase();
  return isProperNounForm(lexicon, lower) && !lexicon.domain.has(lower);
}
