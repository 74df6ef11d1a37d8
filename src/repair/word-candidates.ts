// Readings of one OCR token that a dictionary accepts, each with a score:
// channel log probability (how likely the OCR made these edits) plus the
// word's log prior (how common the word is). Context is added later, per
// occurrence; this part depends on the token alone and is cached.
import type { CorrectionEvidence } from '../domain/index.ts';
import { casePattern } from './case-pattern.ts';
import { analyseCompound } from './compound.ts';
import { type ConfusionTable, type Substitution, type Variant } from './confusion-table.ts';
import { isLostDiacritic } from './document-profile.ts';
import { isProperNounForm, knowWord, nameSplit, type Lexicon } from './lexicon.ts';
import { identityLogChannel, searchReadings } from './variant-search.ts';
import { nearDomainWords } from './domain-near.ts';
import { freeEditVariants, keepFreeEditReadings } from './free-edit-readings.ts';
import { garbledPartEndVariants } from './garbled-part-end.ts';
import { nameEndReadings } from './name-end-reading.ts';
import { partProductivityLift } from './part-productivity.ts';

export interface Candidate {
  /** The reading, in the token's case. */
  text: string;
  lower: string;
  score: number;
  evidence: Exclude<CorrectionEvidence, 'context' | 'learned' | 'pattern'> | 'unknown';
  edits: Variant['edits'];
  parts?: string[];
  /**
   * A very frequent word that may stand for a rare listed token by any slip
   * ("ir" for "är") or a dropped leading å/ä/ö: only a damaged page lets it replace a word.
   */
  rivalOfRare?: true;
  /**
   * A domain word more edits away than the confusion table explains, or a word one edit
   * beyond the table (free-edit-readings.ts): only a damaged page lets it win.
   */
  overDamaged?: true;
  /** How many edits, one of them beyond the table, the reading needs (free-edit-readings.ts): its confidence falls with them. */
  freeEditCount?: number;
  /**
   * A commoner word with å/ä/ö one table slip from a listed token ("lin" → "län"):
   * repair-line.ts lets it compete only where the corpus pairs it, not the token, with a neighbour.
   */
  corpusSlip?: true;
  /** A compound's diacritic parts against their plain spellings in the corpus (part-productivity.ts). */
  partLift?: number;
  /** The token as written, in small letters, though the lexicon lists it only as a proper noun ("lings" of "Ling"). */
  smallProperNoun?: true;
}

const MAX_EDITS = 4;
const MAX_COMPOUND_CHECKS = 400;
/** Log-score distance below the best reading beyond which readings are not analysed. */
const SCORE_WINDOW = 8;
/** Prior of a lexicon word missing from the frequency list, per million. */
const DEFAULT_PER_MILLION = 1;
export const DOMAIN_PER_MILLION = 20;
/** A compound costs this much (log) against a listed word, plus its split penalty. */
const COMPOUND_LOG_PENALTY = 1.5;
/** Prior of a word nobody knows being right as written: names, rare words. */
const UNKNOWN_LOG_PRIOR = Math.log(1e-9);
const UNKNOWN_NAME_LOG_PRIOR = Math.log(3e-8);
/** Longer capitalised words get no name prior: a surname or place this long is a compound the lists should explain. */
export const MAX_NAME_LENGTH = 16;
/** A capitalised word made of name elements ("Grön+dahl"): a plausible name, weaker than a listed one. */
export const NAME_COMPOUND_LOG_PRIOR = Math.log(1e-6) - 1;
/** A name whose first part no list holds, told only by its end element (name-end-reading.ts): weaker still. */
const UNLISTED_START_NAME_LOG_PRIOR = NAME_COMPOUND_LOG_PRIOR - 2;

export function wordLogPrior(lexicon: Lexicon, lower: string): number {
  const pm = lexicon.frequency.get(lower);
  if (pm !== undefined) return Math.log(pm / 1e6);
  return Math.log((lexicon.domain.has(lower) ? DOMAIN_PER_MILLION : DEFAULT_PER_MILLION) / 1e6);
}

/** Scores one string as a word: listed, domain, compound, or null. */
function judge(lexicon: Lexicon, lower: string): Pick<Candidate, 'evidence' | 'parts'> & { prior: number } | null {
  const known = knowWord(lexicon, lower);
  if (known) return { evidence: known, prior: wordLogPrior(lexicon, lower) };
  return null;
}

/**
 * Candidate readings of `token`, best first; the token itself is always among
 * them (evidence 'unknown' when nothing accepts it).
 * @param lineEnd a doubled last letter at the end of a line is a known OCR slip
 */
export function wordCandidates(token: string, lexicon: Lexicon, lineEnd: boolean): Candidate[] {
  // A listed word may only lose diacritics (repair-line.ts allows no other rival),
  // so it needs only those readings: most tokens are listed words, and this keeps them cheap.
  const smallProperNoun = isSmallProperNoun(token, lexicon);
  const listed = knowWord(lexicon, token.toLowerCase()) !== null && !hasInnerCapital(token) && !smallProperNoun;
  if (listed) {
    const known = knownWordCandidates(token, lexicon);
    if (isRareListed(token, lexicon)) known.push(...frequentRivals(token, lexicon));
    known.push(...corpusSlipRivals(token, lexicon));
    return mergeSameWord(known).slice(0, 8);
  }
  const variants = searchReadings(token, lexicon.confusions, lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: true });
  // Not for a capitalised word: names end in doubled letters ("Stigg"), and a line-end slip rarely hits one.
  if (lineEnd && token.length > 3 && token.at(-1) === token.at(-2) && casePattern(token) !== 'title') {
    variants.push({ text: token.slice(0, -1), logChannel: Math.log(0.05), edits: [{ from: token.slice(-2), to: token.slice(-1) }] });
  }
  // The search keeps whatever may still become a word, a compound or a name; whether the table's
  // slips explain the token is what a list accepts of it.
  const out = readingsOf(token, variants, lexicon);
  out.push(...oldPluralPassiveReadings(token, lexicon));
  // The rare ö read as a: searched only when the table's usual slips explain nothing, which keeps it cheap.
  if (out.length === 0 && /a/i.test(token)) out.push(...readingsOf(token, searchReadings(token, tableWithAForÖ(lexicon), lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: true }), lexicon));
  const tableExplains = out.length > 0;
  const rarer = [
    ...lengthVariants(token),
    // Slips the table explains are likelier than a stray letter: search those only when none gave anything.
    ...strayLetterReadings(token, lexicon, tableExplains),
    ...leadingDropVariants(token, lexicon),
    // A dropped letter is rarer than any slip the table explains: looked for only when none did.
    ...(tableExplains ? [] : innerDropVariants(token, lexicon)),
    ...mergedDoubleVariants(token, lexicon),
  ];
  // Readings already found set the bar the rarer ones' splits must reach, as if judged together.
  out.push(...readingsOf(token, rarer, lexicon, out.reduce((m, c) => Math.max(m, c.score), -Infinity) - SCORE_WINDOW));
  const capitalised = token[0] !== undefined && token[0] !== token[0].toLowerCase();
  // Only where no listed word explains the token already: a garbled glyph is rarer than any slip the table holds.
  if (!out.some((c) => c.evidence === 'lexicon' || c.evidence === 'domain')) out.push(...garbledPartEndReadings(token, lexicon));
  // A sign glyph with a stray piece beside it ("Kassb6ren"): only where nothing else explains the token.
  if (out.length === 0) out.push(...signPairReadings(token, lexicon));
  // A plain letter for å/ä/ö that the table holds too rarely to search everywhere: only where nothing else explains the token.
  if (out.length === 0) out.push(...rareSlipReadings(token, lexicon));
  // Only where nothing else explains the token: a reading that also restores the first part ("Öhrström") is better.
  if (capitalised && out.length === 0) {
    for (const v of nameEndReadings(token, lexicon)) {
      out.push({ text: v.text, lower: v.text.toLowerCase(), score: v.logChannel + UNLISTED_START_NAME_LOG_PRIOR, evidence: 'domain', edits: v.edits, parts: v.parts });
    }
  }
  if (out.length === 0) out.push(...overDamagedReadings(token, lexicon));
  // A slip beyond the table is rarer than any the table explains: only where no listed word explains the token already.
  // A token a list accepts as written (a compound, a name) is never read through a slip the table does not know;
  // nor a capitalised one the table reads as a compound already ("Sjédalens": a place, whatever word one free edit finds).
  const explained = out.some((c) => c.evidence === 'lexicon' || c.evidence === 'domain' || c.text === token) || (capitalised && out.length > 0);
  if (!explained) out.push(...freeEditReadings(token, lexicon));
  if (smallProperNoun) for (const c of out) if (c.text === token) c.smallProperNoun = true;
  if (!out.some((c) => c.text === token)) {
    const lower = token.toLowerCase();
    // Names are short; a capitalised word this long is a heading's compound, not a name.
    const name = token[0] !== undefined && token[0] !== token[0].toLowerCase() && token.length <= MAX_NAME_LENGTH;
    out.push({
      text: token,
      lower,
      score: (name ? UNKNOWN_NAME_LOG_PRIOR : UNKNOWN_LOG_PRIOR) + identityLogChannel(token, lexicon.confusions),
      evidence: 'unknown',
      edits: [],
    });
  }
  // Not a capitalised token: a name's elements ("Bäck+elin") are not weighed as common words.
  if (casePattern(token) === 'lower') weighFirstPartTwins(out, lexicon);
  return topKeepingToken(mergeSameWord(out), token);
}

/** The best readings, the token as written always among them: the decision weighs every reading against it. */
function topKeepingToken(ranked: Candidate[], token: string): Candidate[] {
  const top = ranked.slice(0, 8);
  if (top.some((c) => c.text === token)) return top;
  const own = ranked.find((c) => c.text === token);
  if (own) top[top.length - 1] = own;
  return top;
}

/** Weight of a first part's frequency against its twin's: as much as a head's, no more. */
const FIRST_PART_WEIGHT = 1;
const MAX_FIRST_PART_SHIFT = 2;

/**
 * "höst+lovs+aktiviteterna" or "höst+lövs+aktiviteterna": compound readings of one token that split
 * at the same places and differ only in the å/ä/ö of a first part. The compound prior weighs the
 * head alone, and on a damaged page restoring one more diacritic costs almost nothing, so the
 * reading with the rarer first part ("höstlöv" beside "höstlov") came out nearly as likely.
 * Each such reading loses what its first parts lack in frequency against the commonest twin's.
 */
function weighFirstPartTwins(out: Candidate[], lexicon: Lexicon): void {
  let compounds = 0;
  for (const c of out) if (c.evidence === 'compound' && c.parts && c.parts.length > 1) compounds++;
  if (compounds < 2) return;
  const groups = new Map<string, Array<{ c: Candidate; logFrequency: number }>>();
  for (const c of out) {
    if (c.evidence !== 'compound' || !c.parts || c.parts.length < 2) continue;
    const key = c.parts.map(foldPart).join('+');
    let logFrequency = 0;
    for (const part of c.parts.slice(0, -1)) logFrequency += Math.log(partPerMillion(lexicon, part));
    const group = groups.get(key);
    if (group) group.push({ c, logFrequency });
    else groups.set(key, [{ c, logFrequency }]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const best = Math.max(...group.map((g) => g.logFrequency));
    for (const g of group) g.c.score -= Math.min(MAX_FIRST_PART_SHIFT, FIRST_PART_WEIGHT * (best - g.logFrequency));
  }
}

/** A first part's frequency as a word, its linking -s (or -e) left off where that is what the list ranks. */
function partPerMillion(lexicon: Lexicon, part: string): number {
  const own = lexicon.frequency.get(part);
  if (own !== undefined) return own;
  if (part.length > 4 && (part.endsWith('s') || part.endsWith('e'))) {
    const stem = lexicon.frequency.get(part.slice(0, -1));
    if (stem !== undefined) return stem;
  }
  return DEFAULT_PER_MILLION;
}

function foldPart(part: string): string {
  let out = '';
  for (const ch of part) out += ch === 'å' || ch === 'ä' ? 'a' : ch === 'ö' ? 'o' : ch;
  return out;
}

/** The variants a list accepts, as candidates: whole words first, then names of elements and compounds. */
function readingsOf(token: string, variants: readonly Variant[], lexicon: Lexicon, floor = -Infinity): Candidate[] {
  const out: Candidate[] = [];
  const unresolved: Variant[] = [];
  for (const v of variants) {
    const lower = v.text.toLowerCase();
    const verdict = judge(lexicon, lower);
    if (verdict) {
      if (!readsAForÖ(v) || (verdict.evidence === 'lexicon' && perMillion(lexicon, lower) >= A_FOR_Ö_PER_MILLION)) {
        out.push({ text: v.text, lower, score: v.logChannel + verdict.prior, evidence: verdict.evidence, edits: v.edits });
      }
    } else unresolved.push(v);
  }
  unresolved.sort((a, b) => b.logChannel - a.logChannel);
  const bestDirect = out.reduce((m, c) => Math.max(m, c.score), -Infinity);
  let checks = 0;
  const capitalised = token[0] !== undefined && token[0] !== token[0].toLowerCase();
  // The best a split can score; readings are sorted, so once one cannot reach the bar none can.
  const bestSplitPrior = Math.max(NAME_COMPOUND_LOG_PRIOR, Math.log(DEFAULT_PER_MILLION / 1e6) - COMPOUND_LOG_PENALTY);
  // Readings further than this below the best carry no weight in the softmax, so they need no analysis.
  let bar = Math.max(floor, bestDirect - SCORE_WINDOW);
  for (const v of unresolved) {
    if (checks++ >= MAX_COMPOUND_CHECKS || v.logChannel + bestSplitPrior < bar) break;
    const lower = v.text.toLowerCase();
    const name = capitalised ? nameSplit(lexicon, lower) : null;
    if (name) {
      if (readsAForÖ(v)) continue;
      out.push({ text: v.text, lower, score: v.logChannel + NAME_COMPOUND_LOG_PRIOR, evidence: 'domain', edits: v.edits, parts: name });
      bar = Math.max(bar, v.logChannel + NAME_COMPOUND_LOG_PRIOR - SCORE_WINDOW);
      continue;
    }
    const compound = analyseCompound(lower, lexicon);
    if (!compound || (readsAForÖ(v) && perMillion(lexicon, compound.parts.at(-1)!) < A_FOR_Ö_PER_MILLION)) continue;
    const prior = Math.log(DEFAULT_PER_MILLION / 1e6) - COMPOUND_LOG_PENALTY - compound.cost + headLogBonus(lexicon, compound.parts.at(-1)!);
    const score = v.logChannel + prior;
    if (score < bar) continue;
    bar = Math.max(bar, score - SCORE_WINDOW);
    out.push({ text: v.text, lower, score, evidence: 'compound', edits: v.edits, parts: compound.parts, partLift: partProductivityLift(lexicon, compound.parts) });
  }
  return out;
}

/**
 * "miljpnamnden" → "miljönämnden": a first part's final å/ä/ö drawn as any glyph, or none (garbled-part-end.ts).
 * A name of elements fits too many strings; and where a listed word explains the glyphs, a compound that splits
 * them otherwise ("miljös+nämnden", the s read as a linking s) is no rival to it.
 */
function garbledPartEndReadings(token: string, lexicon: Lexicon): Candidate[] {
  // A letter read as nothing is told by no glyph at all: only a listed word may rest on it ("miljnamnden"), no split.
  const readings = readingsOf(token, garbledPartEndVariants(token, lexicon), lexicon).filter(
    (c) => !(c.evidence === 'domain' && c.parts) && (c.evidence !== 'compound' || c.edits[0]?.from !== ''),
  );
  return readings.some((c) => c.evidence !== 'compound') ? readings.filter((c) => c.evidence !== 'compound') : readings;
}

/** Floor of a rare slip's probability, as the table floors its own (confusion-table.ts). */
const MIN_RARE_SLIP_P = 0.002;
/** Shorter tokens meet some listed word by one slip too easily. */
const MIN_RARE_SLIP_LENGTH = 4;
const rareSlipTables = new WeakMap<Lexicon, { table: ConfusionTable; rare: Set<string> }>();
function rareSlipTable(lexicon: Lexicon): { table: ConfusionTable; rare: Set<string> } {
  let entry = rareSlipTables.get(lexicon);
  if (!entry) {
    const substitutions = new Map(lexicon.confusions.substitutions);
    const rare = new Set<string>();
    for (const e of lexicon.rareSlips ?? []) {
      const p = Math.max(MIN_RARE_SLIP_P, e.count / Math.max(e.count, e.seen ?? e.count));
      substitutions.set(e.ocr, [...(substitutions.get(e.ocr) ?? []), { truth: e.truth, logp: Math.log(p) }].sort((x, y) => y.logp - x.logp));
      rare.add(`${e.ocr}\u0000${e.truth}`);
    }
    entry = { table: { substitutions, identity: lexicon.confusions.identity }, rare };
    rareSlipTables.set(lexicon, entry);
  }
  return entry;
}

/**
 * "fsrslag" → "förslag", "mttet" → "mötet", "hidlsa" → "hälsa": one plain letter (or two) read for
 * å/ä/ö, a slip a face makes now and then (lexicon.rareSlips), with the table's slips beside it.
 * Only one such letter a reading: two would explain too many strings.
 */
function rareSlipReadings(token: string, lexicon: Lexicon): Candidate[] {
  if (token.length < MIN_RARE_SLIP_LENGTH || !lexicon.rareSlips?.length) return [];
  const { table, rare } = rareSlipTable(lexicon);
  const variants = searchReadings(token, table, lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: true }).filter(
    (v) => v.edits.filter((e) => rare.has(`${e.from}\u0000${e.to}`)).length === 1,
  );
  // A name built of elements ("frö+in") fits too many strings to rest on a rare slip: only listed words and compounds.
  return readingsOf(token, variants, lexicon).filter((c) => !(c.evidence === 'domain' && c.parts));
}

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
function signPairReadings(token: string, lexicon: Lexicon): Candidate[] {
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

/**
 * A compound is as common as its last part allows: "sommarlovs+läsningen" beats
 * "sommarlovs+låsningen" because reading is far commoner than locking. Only a
 * head commoner than an unranked word earns anything, and never much, since
 * the first parts say nothing about it.
 */
const HEAD_WEIGHT = 0.5;
const MAX_HEAD_BONUS = 2;
function headLogBonus(lexicon: Lexicon, head: string): number {
  const pm = lexicon.frequency.get(head);
  if (pm === undefined || pm <= DEFAULT_PER_MILLION) return 0;
  return Math.min(MAX_HEAD_BONUS, HEAD_WEIGHT * Math.log(pm / DEFAULT_PER_MILLION));
}

/**
 * The English model now and then reads ö as a ("matet" for "mötet"), rarely enough
 * that only a common word (or a compound ending in one) may be the reading, never a name.
 */
const A_FOR_Ö_PER_MILLION = 20;
/** P(ö | the English model wrote a): seen twice in the scanned training minutes. */
const A_FOR_Ö_P = 0.002;
const aForÖTables = new WeakMap<Lexicon, ConfusionTable>();
function tableWithAForÖ(lexicon: Lexicon): ConfusionTable {
  let table = aForÖTables.get(lexicon);
  if (!table) {
    const substitutions = new Map(lexicon.confusions.substitutions);
    for (const [plain, umlaut] of [['a', 'ö'], ['A', 'Ö']] as const) {
      const subs = [...(substitutions.get(plain) ?? []), { truth: umlaut, logp: Math.log(A_FOR_Ö_P) }];
      substitutions.set(plain, subs.sort((x, y) => y.logp - x.logp));
    }
    table = { substitutions, identity: lexicon.confusions.identity };
    aForÖTables.set(lexicon, table);
  }
  return table;
}
function readsAForÖ(v: Variant): boolean {
  return v.edits.some((e) => e.from.toLowerCase() === 'a' && e.to.toLowerCase() === 'ö');
}

const MAX_CORPUS_SLIP_LENGTH = 10;
const SWEDISH_LETTER = /[åäöÅÄÖ]/;

/** Listed words with å/ä/ö, at least as common, one slip of the table from a listed token without them. */
function corpusSlipRivals(token: string, lexicon: Lexicon): Candidate[] {
  const corpus = lexicon.corpus;
  if (!corpus || token.length > MAX_CORPUS_SLIP_LENGTH || SWEDISH_LETTER.test(token) || !isPlainWord(token)) return [];
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

function knownWordCandidates(token: string, lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const v of searchReadings(token, diacriticTable(lexicon), lexicon, { maxEdits: MAX_EDITS, limit: 4000, minLogp: -16, compounds: false })) {
    const lower = v.text.toLowerCase();
    const verdict = judge(lexicon, lower);
    if (verdict) out.push({ text: v.text, lower, score: v.logChannel + verdict.prior, evidence: verdict.evidence, edits: v.edits });
  }
  return out;
}

const SHORT_NAME_LENGTH = 8;
/** log P per edit the confusion table does not explain, and per diacritic restored with it. */
const LOG_PLAIN_EDIT = Math.log(0.002);
const LOG_RESTORED = Math.log(0.3);

/** Domain words two plain edits (one for short words) from an unknown token that nothing else explains. */
function overDamagedReadings(token: string, lexicon: Lexicon): Candidate[] {
  // Short names lie one letter apart (Wahlin/Wallin, Lindh/Lundh): a clean-looking
  // capitalised token that short is a name of its own, not a listed one misread.
  if (token.length < SHORT_NAME_LENGTH && casePattern(token) === 'title' && isPlainWord(token)) return [];
  const lower = token.toLowerCase();
  const near = nearDomainWords(lower, lexicon);
  if (near.length === 0) return [];
  // Two domain words equally near: the token tells them apart no better than a guess.
  if (near.length > 1 && near[1]!.plainEdits === near[0]!.plainEdits) return [];
  const best = near[0]!;
  const score = best.plainEdits * LOG_PLAIN_EDIT + best.restored * LOG_RESTORED + wordLogPrior(lexicon, best.lower);
  return [{ text: best.lower, lower: best.lower, score, evidence: 'domain', edits: [{ from: token, to: best.lower }], overDamaged: true }];
}

/** "arsberatelse" → "årsberättelse": readings one edit beyond the table, kept as free-edit-readings.ts says. */
function freeEditReadings(token: string, lexicon: Lexicon): Candidate[] {
  const variants = freeEditVariants(token, lexicon);
  return variants.length === 0 ? [] : keepFreeEditReadings(token, readingsOf(token, variants, lexicon), lexicon);
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
/** A double consonant the OCR read as one is only believed where it gives a very common word. */
const MERGED_DOUBLE_PER_MILLION = 200;
const LOG_MERGED_DOUBLE = Math.log(0.003);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö', 'é']);

/** "til" → "till": a doubled consonant read as one, where that gives a very common word. */
function mergedDoubleVariants(token: string, lexicon: Lexicon): Variant[] {
  const out: Variant[] = [];
  if (token.length < 2 || !isPlainWord(token)) return out;
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

function perMillion(lexicon: Lexicon, lower: string): number {
  return lexicon.frequency.get(lower) ?? DEFAULT_PER_MILLION;
}

function isRareListed(token: string, lexicon: Lexicon): boolean {
  return perMillion(lexicon, token.toLowerCase()) <= RARE_LISTED_PER_MILLION;
}

/**
 * Very frequent words a rare listed token may be a slip for: short ones by any
 * confusion ("pi" → "på", "dr" → "är"), any by a dropped leading å/ä/ö.
 */
function frequentRivals(token: string, lexicon: Lexicon): Candidate[] {
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

/** "kat" → "ökat", "Ver" → "Över": a leading å/ä/ö dropped, where that gives a frequent word. */
function leadingDropVariants(token: string, lexicon: Lexicon): Variant[] {
  const out: Variant[] = [];
  if (token.length < 2 || !isPlainWord(token)) return out;
  const pattern = token === token.toUpperCase() ? 'upper' : token[0] !== token[0]!.toLowerCase() ? 'title' : 'lower';
  if (pattern === 'title' && token.slice(1) !== token.slice(1).toLowerCase()) return out;
  const rest = pattern === 'title' ? token[0]!.toLowerCase() + token.slice(1) : token;
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
function innerDropVariants(token: string, lexicon: Lexicon): Variant[] {
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
function isSmallProperNoun(token: string, lexicon: Lexicon): boolean {
  // Short tokens keep their listing: the rivals a listed short word gets ("at" → "åt") are tuned for it.
  if (token.length < MIN_SMALL_PROPER_NOUN_LENGTH || casePattern(token) !== 'lower') return false;
  const lower = token.toLowerCase();
  return isProperNounForm(lexicon, lower) && !lexicon.domain.has(lower);
}

function hasInnerCapital(token: string): boolean {
  for (let k = 1; k < token.length; k++) {
    const ch = token[k]!;
    if (ch !== ch.toLowerCase()) return token !== token.toUpperCase();
  }
  return false;
}

const FINAL_DIACRITICS = ['ö', 'å', 'ä'];
/** The OCR loses a final ö more often than any other letter (a thin ring after a long word). */
const LOG_FINAL_DROP = Math.log(0.003);
/** A stray extra letter inside a long word ("sammianträde"). */
const LOG_STRAY_LETTER = Math.log(0.002);
const STRAY_SEARCH = { maxEdits: 2, limit: 50, minLogp: -12, compounds: true };

/** Readings one letter longer than the token: a dropped final å/ä/ö. */
function lengthVariants(token: string): Variant[] {
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
function strayLetterReadings(token: string, lexicon: Lexicon, tableExplains: boolean): Variant[] {
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

const MIN_OLD_PLURAL_LENGTH = 6;
/**
 * "utsagos" → "utsågos": the plural passive of the old written standard, which no list holds, is the
 * listed past passive in -s with an o before it ("utsågs"), of a verb whose past the lexicon lists
 * too ("utsåg"). Its readings are the readings of that -s form, the o put back.
 */
function oldPluralPassiveReadings(token: string, lexicon: Lexicon): Candidate[] {
  if (token.length < MIN_OLD_PLURAL_LENGTH || !token.endsWith('os') || !isPlainWordOrDiacritic(token)) return [];
  const base = `${token.slice(0, -2)}s`;
  const out: Candidate[] = [];
  for (const v of searchReadings(base, lexicon.confusions, lexicon, { maxEdits: MAX_EDITS, limit: 200, minLogp: -16, compounds: false })) {
    const lower = v.text.toLowerCase();
    if (knowWord(lexicon, lower) !== 'lexicon' || knowWord(lexicon, lower.slice(0, -1)) !== 'lexicon') continue;
    const text = `${v.text.slice(0, -1)}${token.slice(-2)}`;
    out.push({ text, lower: text.toLowerCase(), score: v.logChannel + wordLogPrior(lexicon, lower), evidence: 'lexicon', edits: v.edits });
  }
  return out;
}

function isPlainWordOrDiacritic(token: string): boolean {
  return /^\p{L}+$/u.test(token);
}

/**
 * The o of a final "-os": the plural passive of the old written standard ("utsågos", "beslötos"), which
 * minutes kept into the 1960s, not a stray letter in the modern "utsågs".
 */
function isOldPluralPassiveO(token: string, k: number): boolean {
  return k === token.length - 2 && token.slice(-2).toLowerCase() === 'os';
}

function isPlainWord(token: string): boolean {
  for (const ch of token) if (ch.toLowerCase() === ch.toUpperCase()) return false;
  return true;
}

/** Readings that differ only in case are one word: add their probabilities. */
function mergeSameWord(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => b.score - a.score);
  const kept = new Map<string, Candidate>();
  for (const c of candidates) {
    const first = kept.get(c.lower);
    if (!first) kept.set(c.lower, { ...c });
    else first.score += Math.log1p(Math.exp(c.score - first.score));
  }
  return [...kept.values()];
}
