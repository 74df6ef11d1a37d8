// Splits a line into word tokens with their exact positions, so that repair
// can rewrite a word and leave every other byte of the line untouched.

export interface Token {
  /** The word itself, without surrounding punctuation. May hold OCR junk such as "&r" or "Tyres6". */
  text: string;
  /** 0-based offset of `text` in the line, in UTF-16 units. */
  start: number;
  /** The whole whitespace-delimited chunk the word came from ("(möten),"). */
  chunk: string;
  /** 0-based offset of the chunk in the line. */
  chunkStart: number;
}

// Punctuation that can surround a word but never belongs to it. '&', '$' and
// '§' are absent on purpose: OCR writes them for å and §.
const OPENING = new Set(['(', '[', '{', '"', "'", '„', '”', '“', '«', '»', '‘', '’', '<', '*', '·', '•', '|']);
const CLOSING = new Set([')', ']', '}', '"', "'", '”', '“', '»', '’', '.', ',', ':', ';', '!', '?', '>', '*', '|', '…']);

/** Whitespace-delimited chunks of a line, each with its core word (possibly empty). */
export function tokeniseLine(line: string): Token[] {
  const tokens: Token[] = [];
  let k = 0;
  while (k < line.length) {
    while (k < line.length && isSpace(line.charCodeAt(k))) k++;
    if (k >= line.length) break;
    const chunkStart = k;
    while (k < line.length && !isSpace(line.charCodeAt(k))) k++;
    tokens.push(tokeniseChunk(line.slice(chunkStart, k), chunkStart));
  }
  return tokens;
}

/** The word inside one whitespace-free chunk (an OCR word, or a piece of a line). */
export function tokeniseChunk(chunk: string, chunkStart: number): Token {
  let a = 0;
  let b = chunk.length;
  while (a < b && OPENING.has(chunk[a]!)) a++;
  while (b > a && CLOSING.has(chunk[b - 1]!)) b--;
  return { text: chunk.slice(a, b), start: chunkStart + a, chunk, chunkStart };
}

function isSpace(code: number): boolean {
  // Form feeds separate pages in OCR text files.
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

// A module constant, not a literal in the function: tsx (esbuild) compiles a \p{…} literal into `new RegExp(…)`
// where it stands, which would build it anew at every call.
/** A list number glued to its heading ("5.0vriga"). */
const GLUED_LIST_NUMBER = /^\d{1,2}\.(?=\D|0\p{L})/u;

/**
 * Splits a hyphenated or slashed word into its parts with offsets ("Per-Olof", "gång-",
 * "Förhinder/Apologies", "kallelse/föredragningslista"), since each part is repaired on its own.
 */
export function splitWordParts(text: string): Array<{ part: string; offset: number }> {
  const parts: Array<{ part: string; offset: number }> = [];
  // A list number glued to its heading ("5.0vriga"): the word starts after it.
  const numbering = GLUED_LIST_NUMBER.exec(text);
  let offset = numbering ? numbering[0].length : 0;
  if (numbering) text = text.slice(offset);
  for (const part of text.split(/[-/]/)) {
    if (part) parts.push({ part, offset });
    offset += part.length + 1;
  }
  return parts;
}
