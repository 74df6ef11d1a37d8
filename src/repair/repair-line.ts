// Repairs the tokens of one line: patterns first, then per-word candidates
// ranked with context, each decision with a calibrated confidence.
import type { CorrectionEvidence } from '../domain/index.ts';
import { alignChars } from './align.ts';
import { applyCasePattern, casePattern } from './case-pattern.ts';
import { describeEdits } from './confusion-table.ts';
import { calibratedConfidence } from './confidence.ts';
import { contextFeatures, contextLogLift, neighbourList, type Neighbours } from './context-model.ts';
import { isAddedDiacritic, isLostDiacritic, NEUTRAL_PROFILE, type DamageLevel, type DocumentProfile } from './document-profile.ts';
import { isProperNounForm, knowWord, nameSplit, type Lexicon } from './lexicon.ts';
import { isAbbreviationEntry } from './lexicon-format.ts';
import {
  type PatternFix,
  bulletFix,
  dashFix,
  emailAtFix,
  periodSpeckFix,
  spacedDashFix,
  doubleParagraphSignFix,
  gluedParagraphSignFix,
  inlineParagraphSignFix,
  klockanFix,
  loneParagraphSignFix,
  paragraphSignFix,
  partyLetterFix,
  prepositionOneFix,
  splitQuoteFixes,
  strayClosingQuoteFix,
  strayLeadingMarkFix,
  strayQuoteFix,
} from './patterns.ts';
import { followsLowerCaseWord, followsSentenceOpener, isCommonEnoughAfterOpener, isInventedCapital, opensWrappedContinuation } from './invented-capital.ts';
import { isAddress, isNumeric, isShortAbbreviation } from './protected-token.ts';
import { lostNameCapital } from './shape-case.ts';
import { syntaxLift } from './syntax-cues.ts';
import { attestedWith } from './corpus-stats.ts';
import { splitWordParts, type Token } from './tokenise.ts';
import { DOMAIN_PER_MILLION, MAX_NAME_LENGTH, NAME_COMPOUND_LOG_PRIOR, wordCandidates, wordLogPrior, type Candidate } from './word-candidates.ts';

export interface LineFix {
  /** Index of the token in the line. */
  token: number;
  /** 0-based offset in the line of the replaced text. */
  start: number;
  original: string;
  corrected: string;
  confidence: number;
  evidence: CorrectionEvidence;
  reason: string;
}

export interface LineRepair {
  fixes: LineFix[];
  /** Words, after repair, that nothing accepts. */
  unknown: number;
}

/** Largest context swing one neighbour feature may cause, so a tiny corpus cannot shout. */
const MAX_LIFT = 3;

/**
 * @param wordConfidence OCR confidence per token (0..1), when the input had it:
 * a confident OCR word needs stronger evidence to change.
 */
/** A word hyphenated across a line break, seen from one of its lines. */
export interface LineJoins {
  /** The previous line ends with "head-": this line's first word is its tail. */
  previousHead?: string;
  /** This line ends with "head-" and the next line starts with this tail. */
  nextTail?: string;
  /** The previous line is a full line of running text whose sentence wraps onto this one (invented-capital.ts). */
  continuesSentence?: boolean;
}

export function repairLine(
  tokens: readonly Token[],
  lexicon: Lexicon,
  wordConfidence?: readonly number[],
  profile: DocumentProfile = NEUTRAL_PROFILE,
  joins: LineJoins = {},
): LineRepair {
  const fixes: LineFix[] = [];
  const specks: LineFix[] = [];
  let unknown = 0;
  const neighbours = neighbourList(tokens);
  tokens.forEach((token, k) => {
    const mark = strayLeadingMarkFix(tokens, k);
    const stray = strayQuoteFix(tokens, k) ?? strayClosingQuoteFix(tokens, k) ?? mark;
    for (const quote of stray ? [stray] : splitQuoteFixes(token)) {
      if (quote.span) fixes.push(patternLineFix(k, quote.span.start, quote.span.original, quote));
    }
    const period = periodSpeckFix(token);
    if (period?.span) specks.push(patternLineFix(k, period.span.start, period.span.original, period));
    // The tokeniser keeps a '_' or '.' it does not know as punctuation inside the word ("_Taby"): the word starts after it.
    const t = mark && token.start === token.chunkStart ? { ...token, text: token.text.slice(1), start: token.start + 1 } : token;
    const afterSign = k > 0 && /^(§§?|\$\$?|88)$/.test(tokens[k - 1]!.text);
    const pattern =
      doubleParagraphSignFix(tokens, k) ??
      paragraphSignFix(tokens, k, profile.paragraphs) ??
      gluedParagraphSignFix(tokens, k, profile.paragraphs) ??
      loneParagraphSignFix(tokens, k, profile.paragraphs) ??
      inlineParagraphSignFix(tokens, k, profile.paragraphs) ??
      klockanFix(tokens, k) ??
      prepositionOneFix(tokens, k) ??
      partyLetterFix(tokens, k) ??
      spacedDashFix(tokens, k) ??
      bulletFix(tokens, k) ??
      emailAtFix(t) ??
      dashFix(t, profile.enDashRanges, afterSign);
    if (pattern) {
      const whole = t.chunk === '—' || t.chunk === '-' || t.chunk === '—-' || !t.text;
      fixes.push(patternLineFix(k, whole ? t.chunkStart : t.start, whole ? t.chunk : t.text, pattern));
      return;
    }
    if (!t.text || isAddress(t.chunk) || isNumeric(t.text) || isShortAbbreviation(t.text)) return;
    const around = neighbours[k]!;
    const lineEnd = k === tokens.length - 1;
    const parts = splitWordParts(t.text);
    // Both halves of a word broken over lines are judged as the whole word.
    if (lineEnd && joins.nextTail && t.text.endsWith('-') && parts.length > 0) {
      const head = parts.pop()!;
      const fix = joinedHalfFix(head.part, joins.nextTail, 'head', lexicon, profile.level);
      if (fix && fix !== 'unknown') fixes.push({ token: k, start: t.start + head.offset, original: head.part, ...fix });
    } else if (k === 0 && joins.previousHead && parts.length > 0 && parts[0]!.offset === 0) {
      const tail = parts.shift()!;
      const fix = joinedHalfFix(joins.previousHead, tail.part, 'tail', lexicon, profile.level);
      if (fix && fix !== 'unknown') fixes.push({ token: k, start: t.start, original: tail.part, ...fix });
    }
    // "Hälso- och sjukvård": the part before the hyphen is the first part of a compound whose head the
    // next conjunct gives, and many such parts are no word alone ("hälso", "samhällsbyggnads").
    const elidedTail = t.text.endsWith('-') && parts.length > 0 ? elidedCompoundTail(tokens, k) : undefined;
    const listedRun = listedHyphenRun(parts, lexicon);
    for (const [index, { part, offset }] of parts.entries()) {
      if (listedRun.has(index)) continue;
      // A short upper-case part of a hyphenated word ("IKT-pedagog", "HR-chef") is an abbreviation, as the word alone would be.
      if (parts.length > 1 && isShortAbbreviation(part)) continue;
      if (parts.length === 1 && isWeekdayBeforeDate(part, tokens[k + 1])) continue;
      // "drop in-träffar": the last part and the next word's first spell a listed hyphenated word written apart.
      if (index === parts.length - 1 && spellsListedPairWithNext(part, tokens[k + 1], t.chunk, lexicon)) continue;
      const afterLowerWord = offset === 0 && (followsLowerCaseWord(tokens, k) || opensWrappedContinuation(tokens, k, joins.continuesSentence === true));
      const place: WordPlace = {
        inName: parts.length === 1 && (inNamePair(tokens, k) || (profile.names?.has(t.text) === true && casePattern(t.text) === 'title')),
        afterLowerWord,
        afterOpener: offset === 0 && !afterLowerWord && followsSentenceOpener(tokens, k, lexicon),
        roleAfterName: parts.length === 1 && isRoleAfterName(tokens, k),
        datesNext: parts.length > 1 || startsWithDigit(tokens[k + 1]?.text),
      };
      let decision = cachedDecision(part, lexicon, around, lineEnd, profile.level, wordConfidence?.[k], place);
      // The compound the hyphen shortens decides where the part alone would change or knows nothing ("hälso"
      // alone is "hälsö"); the part alone only adds its confidence to the same reading. A part that is right
      // alone ("Kultur-") is not judged again.
      if (index === parts.length - 1 && elidedTail !== undefined && decision !== null) {
        const elided = elidedHeadFix(part, elidedTail, lexicon, profile.level);
        if (elided === null) continue;
        if (elided !== 'unknown' && (decision === 'unknown' || decision.corrected !== elided.corrected)) decision = elided;
      }
      // "ulla" is "Ulla": a name in small letters whose initial has one shape in both cases.
      const named = parts.length === 1 ? lostNameCapital(decision && decision !== 'unknown' ? decision.corrected : part, lexicon) : null;
      if (named) decision = decision && decision !== 'unknown' ? { ...decision, corrected: named } : nameCapitalFix(part, named);
      if (decision === 'unknown') unknown++;
      else if (decision) fixes.push({ token: k, start: t.start + offset, original: part, ...decision });
    }
  });
  // A speck after a word's period is dropped unless the word's own fix already rewrote that period.
  for (const speck of specks) {
    if (fixes.some((f) => f.token === speck.token && f.start < speck.start + speck.original.length && speck.start < f.start + f.original.length)) continue;
    const after = fixes.findIndex((f) => f.token > speck.token);
    fixes.splice(after < 0 ? fixes.length : after, 0, speck);
  }
  return { fixes, unknown };
}

/**
 * Finland-Swedish minutes write the weekday in two letters before a date ("on 7.5.25", "to 16.4"):
 * there "on" is no lost "ön", nor "to" a "tö". Matched with å/ä/ö folded, as the English model writes them.
 */
const TWO_LETTER_WEEKDAYS = new Set(['ma', 'må', 'ti', 'on', 'to', 'fr', 'lo', 'lö', 'so', 'sö']);
const DAY_AND_MONTH = /^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?[.,]?$/;
function isWeekdayBeforeDate(part: string, next: Token | undefined): boolean {
  return part.length === 2 && TWO_LETTER_WEEKDAYS.has(part.toLowerCase()) && next !== undefined && DAY_AND_MONTH.test(next.chunk);
}

/** `part` ends its chunk, and with the next token's first hyphen part spells a listed hyphenated word ("drop" + "in"). */
function spellsListedPairWithNext(part: string, next: Token | undefined, chunk: string, lexicon: Lexicon): boolean {
  if (!next || !/\p{L}$/u.test(chunk) || next.start !== next.chunkStart) return false;
  const following = splitWordParts(next.text)[0];
  return following !== undefined && following.offset === 0 && knowWord(lexicon, `${part}-${following.part}`.toLowerCase()) !== null;
}

/**
 * Indexes of hyphen parts that together spell a listed hyphenated word
 * ("drop-in", "e-post"): each part alone is no word, so it must not be judged alone.
 */
function listedHyphenRun(parts: ReadonlyArray<{ part: string; offset: number }>, lexicon: Lexicon): Set<number> {
  const run = new Set<number>();
  if (parts.length < 2) return run;
  for (let i = 0; i < parts.length - 1; i++) {
    let joined = parts[i]!.part;
    for (let j = i + 1; j < parts.length && j < i + 3; j++) {
      // Only directly adjacent parts ("a-b", not "a--b").
      if (parts[j]!.offset !== parts[j - 1]!.offset + parts[j - 1]!.part.length + 1) break;
      joined += `-${parts[j]!.part}`;
      if (knowWord(lexicon, joined.toLowerCase())) for (let k = i; k <= j; k++) run.add(k);
    }
  }
  return run;
}

/**
 * Repairs the joined word and returns the change to one half, or null when
 * the joined word needs none (or nothing knows it). The split point in the
 * repaired word follows the character alignment, since ö may come from "oé".
 */
function joinedHalfFix(head: string, tail: string, half: 'head' | 'tail', lexicon: Lexicon, level: DamageLevel, join: 'line' | 'elided' = 'line'): Exclude<Decision, null> | null {
  const decision = cachedDecision(head + tail, lexicon, { left: '<s>', right: '</s>' }, false, level, undefined, NO_PLACE);
  if (!decision || decision === 'unknown') return decision;
  let ocrSeen = 0;
  let split = 0;
  for (const unit of alignChars(decision.corrected, head + tail)) {
    if (ocrSeen >= head.length) break;
    ocrSeen += unit.ocr.length;
    split += unit.truth.length;
  }
  const corrected = half === 'head' ? decision.corrected.slice(0, split) : decision.corrected.slice(split);
  const original = half === 'head' ? head : tail;
  if (corrected === original) return null;
  const note = join === 'line' ? `a word hyphenated over a line break: '${head}-' + '${tail}'` : `the first part of '${head}${tail}', shortened before a conjunction`;
  return { ...decision, corrected, reason: `${decision.reason} (${note})` };
}

/**
 * The first part's reading within the compound it shortens, judged in small letters: a capital opening
 * "Vård- och omsorgsnämnden" belongs to the sentence, and would make the compound look like a name.
 */
function elidedHeadFix(head: string, tail: string, lexicon: Lexicon, level: DamageLevel): ReturnType<typeof joinedHalfFix> {
  const fix = joinedHalfFix(head.toLowerCase(), tail, 'head', lexicon, level, 'elided');
  if (!fix || fix === 'unknown') return fix;
  const corrected = writeInCaseOf(head, fix.corrected);
  return corrected === head ? null : { ...fix, corrected };
}

const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'resp', 'respektive', '&']);
/**
 * "Halso- och sjukvardsdirektor": the next conjunct's first part in small letters, when a
 * conjunction follows the hyphen; the compound the hyphen shortens shares its head.
 */
function elidedCompoundTail(tokens: readonly Token[], k: number): string | undefined {
  const conjunction = tokens[k + 1];
  const conjunct = tokens[k + 2];
  if (!conjunction || !conjunct || !CONJUNCTIONS.has(conjunction.text.toLowerCase()) || !tokens[k]!.chunk.endsWith('-')) return undefined;
  const first = splitWordParts(conjunct.text)[0];
  if (!first || first.offset !== 0 || !/^\p{L}+$/u.test(first.part)) return undefined;
  return first.part.toLowerCase();
}

function nameCapitalFix(word: string, named: string): Exclude<Decision, 'unknown' | null> {
  return {
    corrected: named,
    confidence: NAME_CAPITAL_CONFIDENCE,
    evidence: 'lexicon',
    reason: `lexicon: '${word}' is only ever a name ('${named}'), and its first letter has one shape in both cases`,
  };
}
const NAME_CAPITAL_CONFIDENCE = 0.9;

function patternLineFix(token: number, start: number, original: string, pattern: PatternFix): LineFix {
  return { token, start, original, corrected: pattern.corrected, confidence: pattern.confidence, evidence: 'pattern', reason: pattern.reason };
}

/** Where a word stands, beyond its neighbours' text. */
interface WordPlace {
  /** In a pair of capitalised words shaped like a person's name. */
  inName: boolean;
  /** Right after a small-letter word in the same sentence (invented-capital.ts). */
  afterLowerWord: boolean;
  /** Right after a listed word that opens the sentence with its capital (invented-capital.ts). */
  afterOpener: boolean;
  /** Alone in brackets after a capitalised word: a person's role ("Eva Lund (kassör)"). */
  roleAfterName: boolean;
  /** A day number or date follows ("sön 3 mars"), or the word is part of a hyphenated run ("mån-fre"). */
  datesNext: boolean;
}
const NO_PLACE: WordPlace = { inName: false, afterLowerWord: false, afterOpener: false, roleAfterName: false, datesNext: false };

function startsWithDigit(text: string | undefined): boolean {
  const first = text?.charCodeAt(0);
  return first !== undefined && first >= 48 && first <= 57;
}

// Same word, same neighbours: same decision. OCR confidence varies per word, so it bypasses this cache.
function cachedDecision(
  word: string,
  lexicon: Lexicon,
  around: Neighbours,
  lineEnd: boolean,
  level: DamageLevel,
  ocrConfidence: number | undefined,
  place: WordPlace,
): Decision {
  if (ocrConfidence !== undefined) return decideWord(word, lexicon, around, lineEnd, level, place, ocrConfidence);
  const key = `${word}\u0002${around.left}\u0002${around.right}\u0002${lineEnd ? 1 : 0}${place.inName ? 1 : 0}${place.afterLowerWord ? 1 : place.afterOpener ? 2 : 0}${place.roleAfterName ? 1 : 0}${place.datesNext ? 1 : 0}${level}`;
  const hit = lexicon.cache.get(key) as Decision | undefined;
  if (hit !== undefined) return hit;
  const decision = decideWord(word, lexicon, around, lineEnd, level, place);
  remember(lexicon, key, decision);
  return decision;
}

// Bounds the cache for long-running workers; refilling it is cheap.
const MAX_CACHE_ENTRIES = 300_000;
function remember(lexicon: Lexicon, key: string, value: unknown): void {
  if (lexicon.cache.size >= MAX_CACHE_ENTRIES) lexicon.cache.clear();
  lexicon.cache.set(key, value);
}

type Decision = Omit<LineFix, 'token' | 'start' | 'original'> | 'unknown' | null;

/**
 * log P(OCR wrote the plain letter | truth had the diacritic), relative to what the
 * confusion table (learned on diacritic-losing OCR) assumes, per lost-diacritic edit:
 * on a damaged page nearly every å/ä/ö came out plain; on a clean page almost none did.
 */
const LOST_DIACRITIC_BONUS: Record<DamageLevel, { a: number; o: number }> = {
  damaged: { a: 1.7, o: 1.0 },
  mixed: { a: 0, o: 0 },
  clean: { a: -3, o: -3 },
};
/**
 * é for ö is what a model without ö draws; a model that reads å, ä and ö on
 * this page wrote é because é was printed ("Lindén", "armén").
 */
const CLEAN_ACUTE_PENALTY = -3;
const ACUTE = /[éÉ]/;
const SWEDISH_VOWEL = /[åäöÅÄÖ]/;
/** How much less likely an unknown reading is on a damaged page, where unknown words are mostly damage. */
const UNKNOWN_SHIFT: Record<DamageLevel, number> = { damaged: -1.5, mixed: 0, clean: 0.5 };
/**
 * A small-letter word no list or compound analysis accepts, while a reading of it is accepted, is
 * damage: in the training pages (training/ocr, training/scan-ocr, eng and swe) none of 546 such
 * tokens was right as written. Names and headings are capitalised and keep their benefit of the doubt.
 */
const LOWER_UNKNOWN_SHIFT: Record<DamageLevel, number> = { damaged: -1, mixed: 0, clean: 0 };
/** A capitalised unknown word is given a name's benefit of the doubt only where damage is not systematic. */
const NAME_SHIFT: Record<DamageLevel, number> = { damaged: -3, mixed: -1, clean: 0 };

/**
 * "Hjarne" is no slip for "Bjarne": a capital initial is printed large, and
 * one capital consonant read for another turns one name into another.
 */
function swapsCapitalInitial(edit: { from: string; to: string }): boolean {
  return edit.from.length === 1 && edit.to.length === 1 && edit.from !== edit.to && /[A-Z]/.test(edit.from) && /[A-Z]/.test(edit.to);
}

/** An edit that only drops a letter the OCR added ("te" → "t"). */
function dropsLetter(edit: { from: string; to: string }): boolean {
  return edit.from.length === edit.to.length + 1 && edit.from.startsWith(edit.to);
}

const LATIN_LETTERS = /^[a-z]+$/i;
/** An edit between plain letters the English model has ("h" → "b", "rn" → "m"), not a lost diacritic. */
function tradesLatinLetters(edit: { from: string; to: string }): boolean {
  return LATIN_LETTERS.test(edit.from) && LATIN_LETTERS.test(edit.to) && edit.from.toLowerCase() !== edit.to.toLowerCase();
}

const AGENT_NOUN = /ör$/;
const ROLE_AGENT_LIFT = 2;
/**
 * "(kassor)," right after a capitalised word: the token alone in brackets, after a name; or
 * "Gösta Lind, kassor": a small-letter word right after a first name and a surname closed by a comma.
 */
function isRoleAfterName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const previous = tokens[k - 1];
  if (previous === undefined) return false;
  if (t.chunk.startsWith('(')) return /^\([^()]+\)[,.;]?$/.test(t.chunk) && /^\p{Lu}/u.test(previous.text) && previous.chunk === previous.text;
  const first = tokens[k - 2];
  return t.start === t.chunkStart && casePattern(t.text) === 'lower' && SURNAME_BEFORE_ROLE.test(previous.chunk) && first !== undefined && FIRST_NAME_SHAPE.test(first.chunk);
}
const SURNAME_BEFORE_ROLE = /^\p{Lu}\p{Ll}{2,},$/u;

/** Weight of a compound's part productivity (part-productivity.ts) on a damaged page. */
const PART_LIFT_WEIGHT = 1;
const NAME_PAIR_LIFT = 1.5;
/** The log prior of a listed name (word-candidates.ts gives a domain word 20 per million). */
const NAME_LOG_PRIOR = Math.log(DOMAIN_PER_MILLION / 1e6);

/** The reading only restores å/ä/ö, and gives a name element ("öst", "häll") where the token spells none ("ost", "hall"). */
function restoresNameElement(lexicon: Lexicon, reading: Candidate, original: Candidate): boolean {
  const element = (lower: string): boolean => lexicon.nameStarts.has(lower) || lexicon.nameEnds.has(lower);
  return reading.edits.length > 0 && reading.edits.every(isLostDiacritic) && element(reading.lower) && !element(original.lower);
}


/** The reading only restores å/ä/ö, and splits into a start and an end element where the token does not. */
function splitsIntoElementsAlone(lexicon: Lexicon, reading: Candidate, original: Candidate): boolean {
  if (reading.edits.length === 0 || !reading.edits.every(isLostDiacritic) || lexicon.domain.has(original.lower)) return false;
  return nameSplit(lexicon, reading.lower) !== null && nameSplit(lexicon, original.lower) === null;
}

/** A capitalised entry of the domain dictionary: a name (dictionaries/README.md). */
function isProperNoun(lexicon: Lexicon, lower: string): boolean {
  const listed = lexicon.domain.get(lower);
  return listed !== undefined && casePattern(listed) !== 'lower';
}
const UNSEEN_TWIN_SHIFT = -1;
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?,?$/u;
const FIRST_NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** Capitalised words that stand in a name pair somewhere in the document (a first name met alone later is the same name). */
export function namesInPairs(lines: ReadonlyArray<readonly Token[]>): Set<string> {
  const names = new Set<string>();
  for (const tokens of lines) for (let k = 0; k < tokens.length; k++) if (splitWordParts(tokens[k]!.text).length === 1 && inNamePair(tokens, k)) names.add(tokens[k]!.text);
  return names;
}

/**
 * The token is capitalised and stands in a pair of capitalised words, the
 * next one shaped like a surname or the one before like a first name ("Måns
 * Höglander,"): the token is probably part of a person's name.
 */
function inNamePair(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (casePattern(t.text) !== 'title') return false;
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  return (next !== undefined && !/[.,:;]$/.test(t.chunk) && SURNAME_SHAPE.test(next.chunk)) || (previous !== undefined && FIRST_NAME_SHAPE.test(previous.chunk));
}

/**
 * An infinitive ending in -a whose present ("rånar", "läser") and past ("rånade", "läste", "körde")
 * the lexicon lists too: a verb, whatever else the spelling may be.
 */
function isVerbInfinitive(lexicon: Lexicon, lower: string): boolean {
  if (lower.length < 3 || !lower.endsWith('a')) return false;
  const stem = lower.slice(0, -1);
  return knowWord(lexicon, `${stem}ar`) === 'lexicon' || knowWord(lexicon, `${stem}er`) === 'lexicon'
    ? knowWord(lexicon, `${lower}de`) === 'lexicon' || knowWord(lexicon, `${stem}te`) === 'lexicon' || knowWord(lexicon, `${stem}de`) === 'lexicon'
    : false;
}

/** A word in -a whose present tense ("-ar", "-er") the lexicon lists: an infinitive, irregular ones too ("säga": "säger"). */
function hasPresentTense(lexicon: Lexicon, lower: string): boolean {
  if (lower.length < 3 || !lower.endsWith('a')) return false;
  const stem = lower.slice(0, -1);
  return knowWord(lexicon, `${stem}ar`) === 'lexicon' || knowWord(lexicon, `${stem}er`) === 'lexicon';
}

/** Takes back the name prior wordCandidates gave a capitalised unknown word. */
const CAPITAL_IS_NO_NAME = -3.4;
const MIXED_CASE_SHIFT = -2;
const RARE_READING_CONFIDENCE = 0.6;
const OVER_DAMAGED_CONFIDENCE = 0.85;
const NAME_TWIN_CONFIDENCE = 0.6;

function decideWord(
  word: string,
  lexicon: Lexicon,
  around: Neighbours,
  lineEnd: boolean,
  level: DamageLevel,
  place: WordPlace,
  ocrConfidence?: number,
): Decision {
  const { inName } = place;
  if ([...word].length < 2 || !/\p{L}|[&$]/u.test(word)) return null;
  const learned = lexicon.learned.get(word.toLowerCase());
  if (learned) {
    const corrected = learnedForm(word, learned);
    if (corrected === word) return null;
    return { corrected, confidence: 0.97, evidence: 'learned', reason: `learned: the review dictionary replaces '${word}' with '${learned}'` };
  }
  const key = lineEnd ? `${word}\u0001` : word;
  let candidates = lexicon.cache.get(key) as Candidate[] | undefined;
  if (!candidates) {
    candidates = wordCandidates(word, lexicon, lineEnd);
    remember(lexicon, key, candidates);
  }
  const original = candidates.find((c) => c.text === word)!;
  if (candidates.length === 1) return original.evidence === 'unknown' ? 'unknown' : null;

  const features = contextFeatures(around);
  const originalBonus = ocrConfidence === undefined ? 0 : Math.max(-1, Math.min(0.6, 4 * (ocrConfidence - 0.85)));
  // A word that is already a word only loses diacritics; rarer slips (i→ä, d→å)
  // are evidence enough for an unknown token, never for a valid one ("sitt").
  // A capital after a small letter ("kI") is itself an OCR sign, whatever the lexicon says.
  const originalKnown = original.evidence !== 'unknown' && casePattern(word) !== 'mixed';
  // An original that is only a compound split ("hand+liggning") is weaker: a listed word may replace it by any slip.
  const originalListed = originalKnown && original.evidence !== 'compound' && original.smallProperNoun !== true;
  const rivals = candidates.filter(
    (c) =>
      c === original ||
      (c.evidence !== 'unknown' &&
        !c.edits.some(swapsCapitalInitial) &&
        (c.overDamaged !== true || level === 'damaged') &&
        (!originalKnown ||
          c.edits.every(isLostDiacritic) ||
          (!originalListed && c.evidence !== 'compound') ||
          (c.rivalOfRare === true && (level === 'damaged' || (c.edits.length > 0 && c.edits.every(isAddedDiacritic)))) ||
          (c.corpusSlip === true && level === 'damaged' && corpusPrefers(lexicon, c, original, around)))),
  );
  // On a damaged page a compound that restores only some of a listed word's
  // diacritics ("varme+böljor" beside "värmeböljor") is that word half-repaired, not a rival.
  if (level === 'damaged') {
    const listedFolds = new Set(rivals.filter((c) => c.evidence === 'lexicon' || c.evidence === 'domain').map((c) => foldDiacritics(c.lower)));
    if (listedFolds.size > 0) {
      for (let k = rivals.length - 1; k >= 0; k--) {
        const c = rivals[k]!;
        if (c !== original && c.evidence === 'compound' && listedFolds.has(foldDiacritics(c.lower))) rivals.splice(k, 1);
      }
    }
  }
  const pattern = casePattern(word);
  // A capital opening a sentence or a heading says nothing about names.
  const nameLike = (pattern === 'title' || pattern === 'upper') && around.left !== '<s>';
  // The table's low odds of an é being right come from the model without ö; here it is.
  let acuteIdentityRefund = 0;
  if (level === 'clean') for (const ch of word) if (ACUTE.test(ch)) acuteIdentityRefund -= lexicon.confusions.identity.get(ch) ?? 0;
  // Spellings a common noun of the lexicon also gives ("osten", "högländer"): where a name stands, the name is likelier.
  const corpusWords = lexicon.corpus?.words;
  const unseenBesideSeenTwin =
    corpusWords !== undefined &&
    original.evidence === 'lexicon' &&
    !corpusWords.has(original.lower) &&
    rivals.some((c) => c !== original && c.evidence === 'lexicon' && corpusWords.get(c.lower)?.listed === true && foldDiacritics(c.lower) === foldDiacritics(original.lower));
  const commonNounFolds = new Set(inName ? rivals.filter((c) => c.evidence === 'lexicon').map((c) => foldDiacritics(c.lower)) : []);
  const nameTwinFolds = new Set(
    inName && pattern === 'title'
      ? rivals
          .filter((c) => c !== original && ((c.evidence === 'domain' && !c.parts && isProperNoun(lexicon, c.lower)) || restoresNameElement(lexicon, c, original)))
          .map((c) => foldDiacritics(c.lower))
      : [],
  );
  const scored = rivals.map((c) => {
    const lift = contextLift(lexicon, c.lower, features) + syntaxLift(c.lower, around.left, around.right) + bigramLift(lexicon, c, around);
    let adjust = c === original ? originalBonus + (level === 'clean' ? acuteIdentityRefund : 0) : 0;
    for (const e of c.edits) {
      if (isLostDiacritic(e)) adjust += LOST_DIACRITIC_BONUS[level][e.from.toLowerCase() === 'o' ? 'o' : 'a'];
      else if (level === 'clean' && ACUTE.test(e.from) && SWEDISH_VOWEL.test(e.to)) adjust += CLEAN_ACUTE_PENALTY;
    }
    if (c.evidence === 'unknown') {
      adjust += UNKNOWN_SHIFT[level] + (nameLike ? NAME_SHIFT[level] : pattern === 'lower' ? LOWER_UNKNOWN_SHIFT[level] : CAPITAL_IS_NO_NAME);
      // "BoksJut": a capital inside a small-letter word is itself a sign of OCR damage.
      if (pattern === 'mixed' && c.text.length > 3) adjust += MIXED_CASE_SHIFT;
    }
    // An unlisted word that merely splits into parts is, on a damaged page, as suspect as an unknown one.
    else if (c === original && (c.evidence === 'compound' || c.smallProperNoun === true)) adjust += UNKNOWN_SHIFT[level];
    if (level === 'damaged' && c.partLift) adjust += PART_LIFT_WEIGHT * c.partLift;
    // A role in brackets after a name is a person: the agent noun in -ör ("kassör", "direktör"),
    // not the plural in -or its lost ö leaves ("kassor").
    if (place.roleAfterName && c !== original && AGENT_NOUN.test(c.lower) && c.edits.some(isLostDiacritic)) adjust += ROLE_AGENT_LIFT;
    // A listed word the large corpus never saw, beside a diacritic twin it did see
    // ("nedskrapning" / "nedskräpning"), is the rarer of the two.
    if (c === original && unseenBesideSeenTwin) adjust += UNSEEN_TWIN_SHIFT;
    // "Eva Lindback" / "Lindbäck": only the reading splits into name elements (lind+bäck). A lift the size of a
    // name pair's, no more: plain names of the same shape are real too ("Tornberg" beside "Törnberg"), and with
    // 2.5 three held-out names were broken for seven fixed.
    if (inName && pattern === 'title' && c !== original && splitsIntoElementsAlone(lexicon, c, original)) adjust += NAME_PAIR_LIFT;
    // "Osten Hällqvist": a capitalised word before a surname is a first name, so a listed name beats a common noun.
    if (inName && pattern === 'title' && c.evidence === 'domain' && commonNounFolds.has(foldDiacritics(c.lower))) {
      adjust += NAME_PAIR_LIFT;
      // ... and is weighed as a name: a listed name gets at least a listed name's prior, whatever the corpus says of the word.
      adjust += Math.max(0, NAME_LOG_PRIOR - wordLogPrior(lexicon, c.lower));
    }
    // "Göran Back (V)": how common "back" is as a word says nothing of how common it is as a surname,
    // so beside a listed name it spells with å/ä/ö ("Bäck") it is weighed as a name no list holds
    // (as one of name elements is), at most.
    if (c === original && inName && pattern === 'title' && c.evidence === 'lexicon' && nameTwinFolds.has(foldDiacritics(c.lower))) {
      adjust -= Math.max(0, wordLogPrior(lexicon, c.lower) - NAME_COMPOUND_LOG_PRIOR);
    }
    return { c, score: c.score + lift + adjust, base: c.score + adjust, lift };
  });
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (best.c === original) return original.evidence === 'unknown' ? 'unknown' : null;
  const byPriorBest = [...scored].sort((a, b) => b.base - a.base)[0]!;
  const contextDecided = byPriorBest.c !== best.c;

  let total = 0;
  for (const s of scored) total += Math.exp(s.score - best.score);
  const probability = 1 / total;
  const corrected =
    (place.afterLowerWord || (place.afterOpener && isCommonEnoughAfterOpener(best.c.lower, lexicon))) &&
    best.c.evidence !== 'unknown' &&
    !endsInNameElement(best.c, lexicon) &&
    isInventedCapital(word, best.c.lower, lexicon)
      ? best.c.lower
      : writeInCaseOf(word, best.c.text);
  const evidence: CorrectionEvidence = contextDecided ? 'context' : best.c.evidence === 'unknown' ? 'lexicon' : best.c.evidence;
  let confidence = calibratedConfidence(evidence, probability);
  // A reading the frequency list marks as rare (below 1 per million: rude or odd words like a
  // dropped-letter "kåt" for "ökat") is never written in on its own evidence: flag it.
  const listedFrequency = lexicon.frequency.get(best.c.lower);
  if (listedFrequency !== undefined && listedFrequency < 1) confidence = Math.min(confidence, RARE_READING_CONFIDENCE);
  // Both spellings are names the domain list holds (Marit/Märit): nothing on the page tells them apart.
  if (original.evidence === 'domain' && best.c.evidence === 'domain' && !best.c.parts && pattern === 'title') {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // A reading beyond the confusion table rests on the page's damage and one list: never near-certain.
  if (best.c.overDamaged) confidence = Math.min(confidence, OVER_DAMAGED_CONFIDENCE);
  // "Minutes" is no "Minuts": a capitalised word of a name's length (a name, an English label) may hold
  // any letters, so a letter dropped from it that leaves only a word the frequency list never ranks is a guess.
  if ((pattern === 'title' || pattern === 'upper') && [...word].length <= MAX_NAME_LENGTH && best.c.edits.length > 0 && best.c.edits.every(dropsLetter) && listedFrequency === undefined) {
    confidence = Math.min(confidence, RARE_READING_CONFIDENCE);
  }
  // A capitalised word in a name pair ("Hédi Larsson", "Saga Nordin") is most likely a name: merging
  // its letters into a common word ("Häl"), or trading a word it already spells for another common
  // word ("Säga"), is only ever a suggestion.
  // (Surnames built of name elements, "Séderholm" → "Söderholm", are not common words: they pass; so does
  // a reading that only restores å/ä/ö to give a name element where the spelling as written is none:
  // "Linda Ost" is "Linda Öst", "Per Hall" is "Per Häll".)
  if (
    inName &&
    pattern === 'title' &&
    best.c.evidence === 'lexicon' &&
    (original.evidence !== 'unknown' || [...best.c.text].length !== [...word].length) &&
    !restoresNameElement(lexicon, best.c, original) &&
    !splitsIntoElementsAlone(lexicon, best.c, original) &&
    !(original.evidence === 'unknown' && isProperNounForm(lexicon, best.c.lower))
  ) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "Ulla Aho" is no "Åbo": the English model reads plain Latin letters of a name well, so a
  // common word reached by trading one for another ("h" → "b") is another word, not the name repaired.
  if (inName && pattern === 'title' && best.c.evidence === 'lexicon' && best.c.edits.some(tradesLatinLetters)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "Pelle Ånström" is no "Åström": on a page the Swedish model read (clean), a name's letters came out as
  // printed, so a name-pair word that only loses a letter to meet a listed name is another name, not a slip.
  if (inName && pattern === 'title' && level === 'clean' && best.c.edits.length > 0 && best.c.edits.every(dropsLetter)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "Sten & Son", "hennes son" are no "sön": a weekday's or month's abbreviation stands before its date
  // ("sön 3 mars") or in a range ("mån-fre"); elsewhere it is no reading of a word the lexicon lists.
  if (best.c.evidence === 'domain' && original.evidence !== 'unknown' && !place.datesNext && isAbbreviationEntry(lexicon.domain.get(best.c.lower) ?? '')) {
    confidence = Math.min(confidence, RARE_READING_CONFIDENCE);
  }
  // "Rana Aziz" is no "Råna": surnames are often nouns and adjectives ("Lönn", "Grön", "Sköld"), never a verb's
  // infinitive, so a name-pair word no list holds that only a verb explains is only ever a suggestion.
  if (inName && pattern === 'title' && original.evidence === 'unknown' && best.c.evidence === 'lexicon' && isVerbInfinitive(lexicon, best.c.lower)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  // "rum Saga" is no "rum Säga": a capital after a small-letter word marks a name, and a verb is never
  // written with one there (a capital the reading turns into å/ä/ö is the English model's, invented-capital.ts).
  if (place.afterLowerWord && pattern === 'title' && best.c.lower[0] === word[0]!.toLowerCase() && hasPresentTense(lexicon, best.c.lower)) {
    confidence = Math.min(confidence, NAME_TWIN_CONFIDENCE);
  }
  return { corrected, confidence, evidence, reason: describe(evidence, best.c, word, around) };
}

/**
 * "vid Agestasjon" is "Ågestasjön": a compound whose last part is an element place names end in
 * ("-sjön", "-vägen") is a place, and keeps the capital its reading gives.
 */
function endsInNameElement(c: Candidate, lexicon: Lexicon): boolean {
  const head = c.evidence === 'compound' ? c.parts?.at(-1) : undefined;
  return head !== undefined && lexicon.nameEnds.has(head);
}

/**
 * The token's capitalisation on the reading. A token opening with a zero
 * ("0vriga") opens with a capital; a mixed-case
 * token ("frAgade", "KommunKkansliet") is OCR noise, so only its first letter's case counts.
 */
const FOLDED: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };
function foldDiacritics(lower: string): string {
  let out = '';
  for (const ch of lower) out += FOLDED[ch] ?? ch;
  return out;
}

function writeInCaseOf(word: string, reading: string): string {
  const first = word[0] ?? '';
  // A capital I the reading turns into l was a small l ("I6per" → "löper"): a capital L
  // looks nothing like I, so the letters after it carry the word's case.
  if (first === 'I' && reading[0]?.toLowerCase() === 'l' && casePattern(word.slice(1)) === 'lower' && /\p{Ll}/u.test(word.slice(1))) {
    return reading.toLowerCase();
  }
  // Likewise a capital the table reads as a small å, ä or ö ("Sppnat" → "öppnat": a small ö the
  // English model drew as S): the table's small letter says which case was printed.
  if (/^[a-z]$/i.test(first) && first !== first.toLowerCase() && /^[åäö]/.test(reading) && casePattern(word.slice(1)) === 'lower' && /\p{Ll}/u.test(word.slice(1))) {
    return reading.toLowerCase();
  }
  const pattern = casePattern(word);
  // A zero is as tall and round as Ö ("0vriga"); a 6 is the small ö ("6ppnade").
  if (pattern === 'lower' && first === '0') return applyCasePattern(reading, 'title');
  if (pattern !== 'mixed') return applyCasePattern(reading, pattern);
  return applyCasePattern(reading, first === first.toLowerCase() ? 'lower' : 'title');
}

/** A reading the corpus attests beside its neighbour (neighbour's diacritics folded, so a damaged one still counts). */
const BIGRAM_BONUS = 1.5;
function bigramLift(lexicon: Lexicon, c: Candidate, around: Neighbours): number {
  if (!lexicon.corpus || c.evidence === 'unknown') return 0;
  const left = around.left === '<s>' ? '' : around.left;
  const right = around.right === '</s>' || around.right === ',' || around.right === ':' ? '' : around.right;
  const seen = attestedWith(lexicon.corpus, c.lower, left, right);
  return (seen.left ? BIGRAM_BONUS : 0) + (seen.right ? BIGRAM_BONUS : 0);
}

/** The corpus pairs `c` with a neighbour the original is never seen beside: a slipped letter the context gives away. */
function corpusPrefers(lexicon: Lexicon, c: Candidate, original: Candidate, around: Neighbours): boolean {
  if (!lexicon.corpus) return false;
  const left = around.left === '<s>' ? '' : around.left;
  const right = around.right === '</s>' || around.right === ',' || around.right === ':' ? '' : around.right;
  const mine = attestedWith(lexicon.corpus, c.lower, left, right);
  const theirs = attestedWith(lexicon.corpus, original.lower, left, right);
  return (mine.left && !theirs.left && !theirs.right) || (mine.right && !theirs.right && !theirs.left);
}

function contextLift(lexicon: Lexicon, lower: string, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) sum += Math.max(-MAX_LIFT, Math.min(MAX_LIFT, contextLogLift(lexicon.context, lower, [f])));
  return sum;
}

function learnedForm(word: string, right: string): string {
  const pattern = casePattern(word);
  // A learned right form with its own capitals (a name) is written as learned.
  return pattern === 'lower' && casePattern(right) !== 'lower' ? right : pattern === 'mixed' ? right : applyCasePattern(right, pattern);
}

function describe(evidence: CorrectionEvidence, c: Candidate, word: string, around: Neighbours): string {
  const edits = describeEdits(c.edits);
  switch (evidence) {
    case 'compound':
      return `compound: ${edits} gives ${c.parts?.join('+') ?? c.lower}, a compound of known words ('${word}' is unknown)`;
    case 'domain':
      return c.parts
        ? `domain: ${edits} gives '${c.text}', a name made of ${c.parts.join('+')}`
        : `domain: ${edits} gives '${c.text}' from the domain dictionary`;
    case 'context':
      return `context: ${edits} gives '${c.lower}', which fits between '${around.left}' and '${around.right}'`;
    default:
      return `lexicon: ${edits} gives a known word '${c.lower}'`;
  }
}
