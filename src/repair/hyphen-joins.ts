// Words whose parts stand apart: hyphenated over a line break ("förvalt-" / "ningen"), shortened before
// a conjunction ("Hälso- och sjukvård"), or a listed hyphenated word ("drop-in").
import { alignChars } from './align.ts';
import type { DamageLevel } from './document-profile.ts';
import { cachedDecision, type Decision } from './decide-word.ts';
import { knowWord, mayStartKnownWord, type Lexicon } from './lexicon.ts';
import { writeInCaseOf } from './reading-case.ts';
import { splitWordParts, type Token } from './tokenise.ts';
import { NO_PLACE } from './word-place.ts';

// Module constants, not literals in the functions: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const ENDS_IN_LETTER = /\p{L}$/u;
const HAS_LETTER = /\p{L}/u;
const ONLY_LETTERS = /^\p{L}+$/u;
const ONLY_SMALL_LETTERS = /^\p{Ll}+$/u;

/** `part` ends its chunk, and with the next token's first hyphen part spells a listed hyphenated word ("drop" + "in"). */
export function spellsListedPairWithNext(part: string, next: Token | undefined, chunk: string, lexicon: Lexicon): boolean {
  // The cheap test first: most next words open their chunk, but most chunks end in a letter too.
  if (!next || next.start !== next.chunkStart || !ENDS_IN_LETTER.test(chunk)) return false;
  // Nearly no listed word starts with the part and a hyphen: told before the next word is split.
  if (!mayStartKnownWord(lexicon, `${part}-`.toLowerCase())) return false;
  const following = splitWordParts(next.text)[0];
  return following !== undefined && following.offset === 0 && knowWord(lexicon, `${part}-${following.part}`.toLowerCase()) !== null;
}

/**
 * Indexes of hyphen parts that together spell a listed hyphenated word
 * ("drop-in", "e-post"): each part alone is no word, so it must not be judged alone.
 */
export function listedHyphenRun(parts: ReadonlyArray<{ part: string; offset: number }>, lexicon: Lexicon): Set<number> {
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
export function joinedHalfFix(head: string, tail: string, half: 'head' | 'tail', lexicon: Lexicon, level: DamageLevel, join: 'line' | 'elided' = 'line'): Exclude<Decision, null> | null {
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
export function elidedHeadFix(head: string, tail: string, lexicon: Lexicon, level: DamageLevel): ReturnType<typeof joinedHalfFix> {
  const fix = joinedHalfFix(head.toLowerCase(), tail, 'head', lexicon, level, 'elided');
  if (!fix || fix === 'unknown') return fix;
  const corrected = writeInCaseOf(head, fix.corrected);
  return corrected === head ? null : { ...fix, corrected };
}

const CONJUNCTIONS = new Set(['och', 'eller', 'samt', 'resp', 'respektive', '&']);
/**
 * "Halso- och sjukvardsdirektor": the next conjunct's first part in small letters, when a
 * conjunction follows the hyphen; the compound the hyphen shortens shares its head. Tokens without
 * a letter after the conjunction (a speck, "och ’", or a date of a column the OCR read across) are
 * passed over, and a conjunction closing the line takes the next line's first word (`nextLineWord`),
 * as running text wraps there as anywhere.
 */
export function elidedCompoundTail(tokens: readonly Token[], k: number, nextLineWord?: string): string | undefined {
  const conjunction = tokens[k + 1];
  if (!conjunction || !CONJUNCTIONS.has(conjunction.text.toLowerCase()) || !tokens[k]!.chunk.endsWith('-')) return undefined;
  let at = k + 2;
  while (at < tokens.length && !HAS_LETTER.test(tokens[at]!.text)) at++;
  const conjunct = tokens[at];
  if (!conjunct) return nextLineWord !== undefined && ONLY_SMALL_LETTERS.test(nextLineWord) ? nextLineWord : undefined;
  const first = splitWordParts(conjunct.text)[0];
  if (!first || first.offset !== 0 || !ONLY_LETTERS.test(first.part)) return undefined;
  return first.part.toLowerCase();
}
