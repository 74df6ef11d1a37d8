// What letters a token is made of, as the candidate searches ask it.
export const SWEDISH_LETTER = /[åäöÅÄÖ]/;

export function isPlainWord(token: string): boolean {
  for (const ch of token) if (!isCasedLetter(ch)) return false;
  return true;
}

/**
 * A character with two cases: a letter, not a digit or sign. Asked for every character of most tokens, so
 * ASCII is told by its code instead of by building both case strings.
 */
export function isCasedLetter(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }
  return ch.toLowerCase() !== ch.toUpperCase();
}
