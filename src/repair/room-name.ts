// "sammanträdesrum Vättern", "sal Hågelby", "konferensrummet Ån": meeting rooms are named after lakes,
// islands, farms and places, and the capitalised word right after a room word is that name. A reading
// hunspell knows only from a capitalised entry (a place: src/repair/lexicon.ts, isProperNounForm) is
// then likelier than the common word the same letters give ("vatten", "hagelby"), and the word keeps its
// capital even after a small-letter word: it is no sentence word the English model capitalised.
import { casePattern } from './case-pattern.ts';
import type { Token } from './tokenise.ts';

/** A room word in small letters, damaged or not: "rum", "sammanträdesrum", "konferensrummet", "sal", "salen", "lokal". */
const ROOM_WORD = /^(?:\p{Ll}*rum(?:met)?|sal(?:en)?|\p{Ll}+salen|lokal(?:en)?)$/u;

/** The token is capitalised and stands right after a room word that no punctuation closes. */
export function followsRoomWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const previous = tokens[k - 1];
  return previous !== undefined && previous.chunk === previous.text && t.start === t.chunkStart && ROOM_WORD.test(previous.text) && casePattern(t.text) === 'title';
}

/**
 * How much likelier a place reading is than any other after a room word, in log odds. With 3 the
 * places hunspell lists won over their common twins in the held-out rooms; a room named with a common
 * word keeps its own spelling, which no reading here replaces.
 */
export const ROOM_NAME_LIFT = 3;
