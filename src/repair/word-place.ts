// Where a word stands in its line: in a person's name, as a role after one, before a date;
// what the word's decision needs beyond its neighbours' text.
import { casePattern } from './case-pattern.ts';
import { splitWordParts, type Token } from './tokenise.ts';

/** Where a word stands, beyond its neighbours' text. */
export interface WordPlace {
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
  /** Capitalised right after a room word: the room's name ("sal Vättern", room-name.ts). */
  namesRoom?: boolean;  /** Right after a capitalised word: a definite noun's genitive or another (capital-after-capitalised.ts). */
  afterCapitalised?: 'genitive' | 'word';
}
export const NO_PLACE: WordPlace = { inName: false, afterLowerWord: false, afterOpener: false, roleAfterName: false, datesNext: false };

export function startsWithDigit(text: string | undefined): boolean {
  const first = text?.charCodeAt(0);
  return first !== undefined && first >= 48 && first <= 57;
}

// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
const OPENS_CAPITAL = /^\p{Lu}/u;

/**
 * "(kassor)," right after a capitalised word: the token alone in brackets, after a name; or
 * "Gösta Lind, kassor": a small-letter word right after a first name and a surname closed by a comma.
 */
export function isRoleAfterName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const previous = tokens[k - 1];
  if (previous === undefined) return false;
  if (t.chunk.startsWith('(')) return /^\([^()]+\)[,.;]?$/.test(t.chunk) && OPENS_CAPITAL.test(previous.text) && previous.chunk === previous.text;
  const first = tokens[k - 2];
  return t.start === t.chunkStart && casePattern(t.text) === 'lower' && SURNAME_BEFORE_ROLE.test(previous.chunk) && first !== undefined && FIRST_NAME_SHAPE.test(first.chunk);
}
const SURNAME_BEFORE_ROLE = /^\p{Lu}\p{Ll}{2,},$/u;

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
export function inNamePair(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (casePattern(t.text) !== 'title') return false;
  const next = tokens[k + 1];
  const previous = tokens[k - 1];
  return (next !== undefined && !/[.,:;]$/.test(t.chunk) && SURNAME_SHAPE.test(next.chunk)) || (previous !== undefined && FIRST_NAME_SHAPE.test(previous.chunk));
}
