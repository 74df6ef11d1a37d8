// A name the OCR garbled in one place is often printed, or already repaired,
// with its å/ä/ö elsewhere in the same document: "Mörner" in the list of
// attendants, "Marner" or "Mdorner" further down. No lexicon knows every
// surname, but the document itself does. An unknown capitalised word that is
// that spelling up to what OCR does to å/ä/ö (any letter in its place, a
// letter split off beside it) and at most one further slip takes it.
import { knowWord, type Lexicon } from './lexicon.ts';
import type { LineFix } from './repair-line.ts';
import type { Token } from './tokenise.ts';

const DIACRITIC = /[åäö]/;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const PLAIN: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };
/** Shorter words match too many spellings by chance. */
const MIN_LENGTH = 5;
/** Slips allowed besides those at the diacritics. */
const MAX_OTHER_SLIPS = 1;
/** A letter split off beside an å/ä/ö ("Mdorner"): half a slip, so that one beside a plain slip is too many. */
const SPLIT_COST = 0.5;
/** OCR splits an ö into "do" or "dé", but not a letter into four. */
const MAX_LENGTH_GAP = 2;

/** The document's capitalised words that carry å, ä or ö: the spellings an unknown word may take. */
export function diacriticSpellings(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (w.length >= MIN_LENGTH - 1 && CAPITALISED.test(w) && DIACRITIC.test(w)) out.add(w);
  return out;
}

/**
 * The one spelling from the document that `word` (unknown, capitalised, with no
 * diacritic) is a damaged copy of, or null when none or several fit equally.
 * A genitive -s follows the word: "Tabys" takes "Täby" as "Täbys".
 */
export function documentSpelling(word: string, spellings: ReadonlySet<string>): string | null {
  if (word.length < MIN_LENGTH || !CAPITALISED.test(word) || DIACRITIC.test(word.toLowerCase())) return null;
  const lower = word.toLowerCase();
  let best: string | null = null;
  let bestCost = Infinity;
  let tied = false;
  for (const spelling of spellings) {
    const target = lower.endsWith('s') && !spelling.endsWith('s') ? `${spelling}s` : spelling;
    const cost = damageCost(lower, target.toLowerCase());
    if (cost > MAX_OTHER_SLIPS) continue;
    if (cost < bestCost) [best, bestCost, tied] = [target, cost, false];
    else if (cost === bestCost && target !== best) tied = true;
  }
  return tied ? null : best;
}

/**
 * Edits that turn the spelling into the word, free where OCR reads another letter for an
 * å/ä/ö, half for a letter split off beside one, one each elsewhere. First and last
 * letters must agree: they carry the name's start and its inflection.
 */
function damageCost(word: string, spelling: string): number {
  if (Math.abs(word.length - spelling.length) > MAX_LENGTH_GAP) return Infinity;
  if (!sameLetter(word[0]!, spelling[0]!) || !sameLetter(word.at(-1)!, spelling.at(-1)!)) return Infinity;
  const n = word.length;
  const m = spelling.length;
  const isMark = (j: number) => j >= 0 && j < m && DIACRITIC.test(spelling[j]!);
  let previous = new Array<number>(m + 1);
  let current = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    for (let j = 1; j <= m; j++) {
      const substitute = previous[j - 1]! + (word[i - 1] === spelling[j - 1] || isMark(j - 1) ? 0 : 1);
      const extra = previous[j]! + (isMark(j - 1) || isMark(j) ? SPLIT_COST : 1);
      const missing = current[j - 1]! + 1;
      current[j] = Math.min(substitute, extra, missing);
    }
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}

/** The word's letter is the spelling's, or stands where the spelling has a diacritic. */
function sameLetter(a: string, b: string): boolean {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  return lowerA === lowerB || PLAIN[lowerB] !== undefined;
}

/** Sure enough to apply: the document itself prints the spelling. */
const CONFIDENCE = 0.9;

/**
 * Adds, to each line's fixes, the document's own spelling for every unknown
 * capitalised word that no applied fix changed and that is a damaged copy of a
 * spelling the document writes (as printed, or as repaired) with å/ä/ö.
 * A flagged fix on such a word gives way to the document's spelling.
 */
export function withDocumentSpellings(
  lines: ReadonlyArray<readonly Token[]>,
  fixes: readonly LineFix[][],
  lexicon: Lexicon,
  threshold: number,
): LineFix[][] {
  const written: string[] = [];
  for (const [index, tokens] of lines.entries()) {
    const applied = appliedByToken(fixes[index] ?? [], threshold);
    for (const [k, token] of tokens.entries()) written.push(wordAfter(token, applied.get(k)));
  }
  const spellings = diacriticSpellings(written);
  if (spellings.size === 0) return fixes.map((f) => [...f]);
  return lines.map((tokens, index) => {
    const lineFixes = fixes[index] ?? [];
    const applied = appliedByToken(lineFixes, threshold);
    const added = new Map<number, LineFix>();
    for (const [k, token] of tokens.entries()) {
      if (applied.has(k) || knowWord(lexicon, token.text.toLowerCase()) !== null) continue;
      const spelling = documentSpelling(token.text, spellings);
      if (spelling === null || spelling === token.text) continue;
      added.set(k, {
        token: k,
        start: token.start,
        original: token.text,
        corrected: spelling,
        confidence: CONFIDENCE,
        evidence: 'context',
        reason: `context: the document writes '${spelling}' elsewhere; '${token.text}' is it with its å/ä/ö damaged`,
      });
    }
    return [...lineFixes.filter((f) => !added.has(f.token)), ...added.values()];
  });
}

/** Each token's applied fix. */
function appliedByToken(fixes: readonly LineFix[], threshold: number): Map<number, LineFix> {
  const out = new Map<number, LineFix>();
  for (const fix of fixes) if (fix.confidence >= threshold) out.set(fix.token, fix);
  return out;
}

/** The token's word with its applied fix written in, when the fix lies within the word. */
function wordAfter(token: Token, fix: LineFix | undefined): string {
  if (fix === undefined) return token.text;
  const at = fix.start - token.start;
  if (at < 0 || at + fix.original.length > token.text.length) return token.text;
  return token.text.slice(0, at) + fix.corrected + token.text.slice(at + fix.original.length);
}
