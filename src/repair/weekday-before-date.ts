// Notes date a meeting with the weekday's abbreviation before a day and month ("mån 3/11",
// "lör 12/4-25"); the English model writes its å/ä/ö plain, which leaves "man", "lor" and "son".
// No Swedish sentence puts the pronoun "man" or the noun "son" right before a day and month
// written in figures, so there the token is the weekday.
import { applyCasePattern, casePattern } from './case-pattern.ts';
import type { PatternFix } from './patterns.ts';
import type { Token } from './tokenise.ts';

/** Weekday abbreviations whose å/ä/ö the English model writes plain, by that plain spelling. */
const PLAIN_WEEKDAYS = new Map([
  ['man', 'mån'],
  ['lor', 'lör'],
  ['son', 'sön'],
]);
/** Day and month in figures ("3/11", "10.2"), a year after a slash, stop or hyphen allowed ("3/2-25", "3/11/2024"). */
const DAY_AND_MONTH = /^\d{1,2}[./]\d{1,2}(?:[./-](?:\d{2}|\d{4}))?[.,]?$/;

export const WEEKDAY_BEFORE_DATE_CONFIDENCE = 0.9;

/** The fix of a weekday abbreviation that lost its å/ä/ö before a date, or null. */
export function weekdayBeforeDateFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || t.chunk !== t.text || !DAY_AND_MONTH.test(next.chunk)) return null;
  const weekday = PLAIN_WEEKDAYS.get(t.text.toLowerCase());
  const pattern = casePattern(t.text);
  if (weekday === undefined || (pattern !== 'lower' && pattern !== 'title')) return null;
  const corrected = applyCasePattern(weekday, pattern);
  return { corrected, confidence: WEEKDAY_BEFORE_DATE_CONFIDENCE, reason: `pattern: '${t.text}' before a day and month is the weekday '${corrected}'` };
}
