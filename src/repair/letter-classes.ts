// What letters a token is made of, as the candidate searches ask it.
export const SWEDISH_LETTER = /[åäöÅÄÖ]/;

export function isPlainWord(token: string): boolean {
  for (const ch of token) if (ch.toLowerCase() === ch.toUpperCase()) return false;
  return true;
}
