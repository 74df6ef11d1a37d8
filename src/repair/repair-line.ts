// Repairs the tokens of one line: patterns first, then per-word candidates
// ranked with context, each decision with a calibrated confidence.
import { casePattern } from './case-pattern.ts';
import { cachedDecision, type Decision, type WordFix } from './decide-word.ts';
import { neighbourList } from './context-model.ts';
import { NEUTRAL_PROFILE, type DocumentProfile } from './document-profile.ts';
import { elidedCompoundTail, elidedHeadFix, joinedHalfFix, listedHyphenRun, spellsListedPairWithNext } from './hyphen-joins.ts';
import type { Lexicon } from './lexicon.ts';
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
  itemNumberCommaFix,
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
import { followsLowerCaseWord, followsSentenceOpener, opensWrappedContinuation } from './invented-capital.ts';
import { isAddress, isNumeric, isShortAbbreviation } from './protected-token.ts';
import { oldPrepositionFix } from './old-preposition.ts';
import { followsRoomWord } from './room-name.ts';
import { capitalisedBefore } from './capital-after-capitalised.ts';
import { lostOpeningCapital, opensNumberedItem } from './opening-capital.ts';
import { lookalikeCapitalSurnameFix } from './lookalike-capital-surname.ts';
import { numeralTwoFix } from './numeral-two.ts';
import { weekdayBeforeDateFix } from './weekday-before-date.ts';
import { lostNameCapital } from './shape-case.ts';
import { splitWordParts, type Token } from './tokenise.ts';
import { inNamePair, isRoleAfterName, startsWithDigit, type WordPlace } from './word-place.ts';

export { namesInPairs } from './word-place.ts';

export interface LineFix extends WordFix {
  /** Index of the token in the line. */
  token: number;
  /** 0-based offset in the line of the replaced text. */
  start: number;
  original: string;
}

export interface LineRepair {
  fixes: LineFix[];
  /** Words, after repair, that nothing accepts. */
  unknown: number;
}

/** A word hyphenated across a line break, seen from one of its lines. */
export interface LineJoins {
  /** The previous line ends with "head-": this line's first word is its tail. */
  previousHead?: string;
  /** This line ends with "head-" and the next line starts with this tail. */
  nextTail?: string;
  /** The previous line is a full line of running text whose sentence wraps onto this one (invented-capital.ts). */
  continuesSentence?: boolean;
  /** The next line's first word in small letters: the conjunct a line ending "Hälso- och" shortens a compound before. */
  nextLineWord?: string;
  /** The next line's first token: the time a line ending in "kl." names on the next line. */
  nextLineFirst?: Token;
  /** The line before is blank, absent or opens with an item number ("3."): this line may open the next item. */
  afterBlankOrItem?: boolean;
}

/**
 * @param wordConfidence OCR confidence per token (0..1), when the input had it:
 * a confident OCR word needs stronger evidence to change.
 */
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
    const item = itemNumberCommaFix(tokens, k, joins.afterBlankOrItem === true);
    if (item) {
      fixes.push(patternLineFix(k, t.chunkStart, t.chunk, item));
      return;
    }
    const afterSign = k > 0 && /^(§§?|\$\$?|88)$/.test(tokens[k - 1]!.text);
    const pattern =
      oldPrepositionFix(tokens, k, profile.level) ??
      doubleParagraphSignFix(tokens, k) ??
      paragraphSignFix(tokens, k, profile.paragraphs) ??
      gluedParagraphSignFix(tokens, k, profile.paragraphs) ??
      loneParagraphSignFix(tokens, k, profile.paragraphs) ??
      inlineParagraphSignFix(tokens, k, profile.paragraphs) ??
      klockanFix(k === tokens.length - 1 && joins.nextLineFirst && /^k/i.test(token.text) ? [...tokens, joins.nextLineFirst] : tokens, k) ??
      numeralTwoFix(tokens, k, profile.level) ??
      weekdayBeforeDateFix(tokens, k) ??
      lookalikeCapitalSurnameFix(tokens, k, lexicon) ??
      prepositionOneFix(tokens, k, lexicon) ??
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
    const elidedTail = t.text.endsWith('-') && parts.length > 0 ? elidedCompoundTail(tokens, k, joins.nextLineWord) : undefined;
    const listedRun = listedHyphenRun(parts, lexicon);
    for (const [index, { part, offset }] of parts.entries()) {
      if (listedRun.has(index)) continue;
      // A short upper-case part of a hyphenated word ("IKT-pedagog", "HR-chef") is an abbreviation, as the word alone would be.
      if (parts.length > 1 && isShortAbbreviation(part)) continue;
      if (parts.length === 1 && isWeekdayBeforeDate(part, tokens[k + 1])) continue;
      // "drop in-träffar": the last part and the next word's first spell a listed hyphenated word written apart.
      if (index === parts.length - 1 && spellsListedPairWithNext(part, tokens[k + 1], t.chunk, lexicon)) continue;
      const namesRoom = parts.length === 1 && followsRoomWord(tokens, k);
      const afterLowerWord = offset === 0 && !namesRoom && (followsLowerCaseWord(tokens, k) || opensWrappedContinuation(tokens, k, joins.continuesSentence === true));
      const place: WordPlace = {
        inName: parts.length === 1 && (inNamePair(tokens, k) || (profile.names?.has(t.text) === true && casePattern(t.text) === 'title')),
        afterLowerWord,
        afterOpener: offset === 0 && !afterLowerWord && !namesRoom && followsSentenceOpener(tokens, k, lexicon),
        roleAfterName: parts.length === 1 && isRoleAfterName(tokens, k),
        datesNext: parts.length > 1 || startsWithDigit(tokens[k + 1]?.text),
        namesRoom,
        // Only a capital can be one the English model invented; leaving the mark off every other word keeps their
        // cached decisions shared across contexts (the mark is part of the cache key).
        afterCapitalised: offset === 0 && !namesRoom && casePattern(part) === 'title' ? capitalisedBefore(tokens, k) : undefined,
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
      // "1. val av justerare": an item's first word whose capital has the small letter's shape.
      const capital = parts.length === 1 && opensNumberedItem(tokens, k) ? lostOpeningCapital(decision && decision !== 'unknown' ? decision.corrected : part) : null;
      if (capital) decision = decision && decision !== 'unknown' ? { ...decision, corrected: capital } : openingCapitalFix(part, capital);
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


function nameCapitalFix(word: string, named: string): Exclude<Decision, 'unknown' | null> {
  return {
    corrected: named,
    confidence: NAME_CAPITAL_CONFIDENCE,
    evidence: 'lexicon',
    reason: `lexicon: '${word}' is only ever a name ('${named}'), and its first letter has one shape in both cases`,
  };
}
const NAME_CAPITAL_CONFIDENCE = 0.9;

function openingCapitalFix(word: string, capital: string): Exclude<Decision, 'unknown' | null> {
  return {
    corrected: capital,
    confidence: OPENING_CAPITAL_CONFIDENCE,
    evidence: 'pattern',
    reason: `pattern: '${word}' opens a numbered item, and its first letter has one shape in both cases`,
  };
}
const OPENING_CAPITAL_CONFIDENCE = 0.9;

function patternLineFix(token: number, start: number, original: string, pattern: PatternFix): LineFix {
  return { token, start, original, corrected: pattern.corrected, confidence: pattern.confidence, evidence: 'pattern', reason: pattern.reason };
}
