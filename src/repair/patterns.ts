// Fixed OCR slips that need no dictionary: "§" read as "$", "&", "8" or "3"
// before a paragraph number; "i" read as "1" between words; en dashes read as
// em dashes or hyphens. Each returns the replacement for a token, or null.
import type { Token } from './tokenise.ts';

export interface PatternFix {
  corrected: string;
  confidence: number;
  reason: string;
}

const UNITS_AFTER_ONE = new Set([
  'st', 'kr', 'kronor', 'procent', 'timme', 'timmar', 'dag', 'dagar', 'vecka', 'veckor', 'månad', 'månader',
  'år', 'miljon', 'miljoner', 'miljard', 'person', 'personer', 'gång', 'plats', 'januari', 'februari', 'mars',
  'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'och', 'eller',
  'till', 'av', 'mnkr', 'tkr', 'sek', 'minuter', 'minut', 'h', 'ggr', 'tim',
]);
const NUMBER_WORDS_BEFORE = new Set(['kl', 'kl.', 'nr', 'nr.', '§', 'den', 'sid', 'sidan', 'punkt', 'bilaga', 'ärende', 'paragraf']);

function isDigits(s: string): boolean {
  if (!s) return false;
  for (const ch of s) if (ch < '0' || ch > '9') return false;
  return true;
}

/** "$ 12", "$12", "&12", and "8 12"/"3 12" opening a line: the paragraph sign. */
export function paragraphSignFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if ((t.text === '$' || t.text === '&') && t.chunk === t.text && next && isDigits(next.text)) {
    return { corrected: '§', confidence: 0.95, reason: `pattern: '${t.text}' before a number is the paragraph sign §` };
  }
  if ((t.text.startsWith('$') || t.text.startsWith('&')) && isDigits(t.text.slice(1))) {
    return { corrected: `§${t.text.slice(1)}`, confidence: 0.93, reason: `pattern: '${t.text[0]}' before a number is the paragraph sign §` };
  }
  const after = tokens[k + 2];
  if (
    k === 0 &&
    (t.chunk === '8' || t.chunk === '3') &&
    next &&
    isDigits(next.chunk) &&
    next.chunk.length <= 4 &&
    after &&
    isCapitalisedWord(after.text)
  ) {
    return { corrected: '§', confidence: 0.85, reason: `pattern: '${t.chunk}' opening a line before a paragraph number and a title is §` };
  }
  return null;
}

/** A lone "1" between words is the preposition i ("1 samband med"). */
export function prepositionOneFix(tokens: readonly Token[], k: number): PatternFix | null {
  const t = tokens[k]!;
  if (t.chunk !== '1') return null;
  const next = tokens[k + 1];
  if (!next || !isLowerWord(next.text) || UNITS_AFTER_ONE.has(next.text)) return null;
  const previous = tokens[k - 1];
  if (previous) {
    const prev = previous.chunk.toLowerCase();
    if (NUMBER_WORDS_BEFORE.has(prev) || /\d/.test(prev)) return null;
    const sentenceEnd = /[.!?:]$/.test(prev);
    if (!sentenceEnd && !isLowerWord(previous.text)) return null;
    return sentenceEnd
      ? { corrected: 'I', confidence: 0.85, reason: "pattern: '1' opening a sentence before a word is 'I'" }
      : { corrected: 'i', confidence: 0.9, reason: "pattern: '1' between words is the preposition 'i'" };
  }
  return null;
}

/**
 * Em dashes, spaced hyphens and hyphens in ranges may be en dashes read wrong,
 * but sources type either, so these are only flagged (confidence below the default threshold).
 */
export function dashFix(t: Token): PatternFix | null {
  if (t.chunk === '—') return { corrected: '–', confidence: 0.6, reason: 'pattern: em dash, perhaps an en dash (flagged only: sources differ)' };
  if (t.chunk === '-') return { corrected: '–', confidence: 0.5, reason: 'pattern: a spaced hyphen, perhaps an en dash (flagged only: sources differ)' };
  const m = /^(\d{1,2}[.:]\d{2}|(?:19|20)\d{2})[-—](\d{1,2}[.:]\d{2}|(?:19|20)\d{2})$/.exec(t.text);
  if (m) {
    const [, a, b] = m as unknown as [string, string, string];
    if ((a.length === 4) !== (b.length === 4)) return null;
    if (a.length === 4 && Number(b) < Number(a)) return null;
    return { corrected: `${a}–${b}`, confidence: 0.55, reason: 'pattern: a range of times or years, perhaps an en dash (flagged only: sources differ)' };
  }
  return null;
}

function isLowerWord(s: string): boolean {
  if (!s) return false;
  for (const ch of s) if (ch === ch.toUpperCase()) return false;
  return true;
}

function isCapitalisedWord(s: string): boolean {
  const first = s[0];
  return !!first && first !== first.toLowerCase();
}
