// Stage 4: repair OCR damage to Swedish words (lost å, ä, ö; § read as $;
// i read as 1; dashes). Plain typed functions; see dictionaries/README.md.
import type { Correction, Page } from '../domain/index.ts';
import { profileDocument } from './document-profile.ts';
import { withDocumentSpellings } from './document-spelling.ts';
import { isCasedLetter } from './letter-classes.ts';
import type { Lexicon } from './lexicon.ts';
import { continuesWrappedSentence } from './invented-capital.ts';
import { namesInPairs, repairLine, type LineFix, type LineJoins } from './repair-line.ts';
import { splitWordParts, tokeniseChunk, tokeniseLine, type Token } from './tokenise.ts';

export { loadLexicon } from './lexicon.ts';
export type { Lexicon } from './lexicon.ts';

export interface RepairOptions {
  /** Below this confidence a correction is flagged, not applied. @defaultValue 0.8 (config.repairThreshold) */
  threshold: number;
}

export interface RepairResult {
  /** The page with applied corrections written into its words (boxes and confidences kept). */
  page: Page;
  /** Applied and flagged corrections, positions relative to the page's lines (1-based line and column). */
  corrections: Correction[];
  /** Words that no lexicon, compound analysis or pattern accepts, after repair. */
  unknownWords: number;
}

/** Repairs plain text; everything but the repaired words stays byte-identical. */
export function repairText(text: string, lexicon: Lexicon, options: RepairOptions): { text: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const lines = text.split('\n');
  const tokenised = lines.map(tokeniseLine);
  const profile = { ...profileDocument(tokenised, lexicon), names: namesInPairs(tokenised) };
  const widest = widestLine(tokenised);
  const lineFixes = withDocumentSpellings(
    tokenised,
    tokenised.map((tokens, index) => repairLine(tokens, lexicon, undefined, profile, lineJoins(tokenised, index, widest)).fixes),
    lexicon,
    options.threshold,
  );
  const out = lines.map((line, index) => {
    const fixes = lineFixes[index]!;
    for (const fix of fixes) corrections.push(toCorrection(fix, 1, index + 1, options));
    return applyFixes(line, fixes, options.threshold);
  });
  return { text: out.join('\n'), corrections };
}

/**
 * Repairs an OCR page. Positions are in the page text as
 * `lines.map(l => l.words.map(w => w.text).join(' ')).join('\n')`.
 */
export function repairPage(page: Page, lexicon: Lexicon, options: RepairOptions): RepairResult {
  const corrections: Correction[] = [];
  let unknownWords = 0;
  const tokenised = page.lines.map((line) => {
    const tokens: Token[] = [];
    let offset = 0;
    for (const word of line.words) {
      tokens.push(tokeniseChunk(word.text, offset));
      offset += word.text.length + 1;
    }
    return tokens;
  });
  const profile = { ...profileDocument(tokenised, lexicon), names: namesInPairs(tokenised) };
  const widest = widestLine(tokenised);
  const repaired = page.lines.map((line, index) =>
    repairLine(tokenised[index]!, lexicon, line.words.map((w) => w.confidence), profile, lineJoins(tokenised, index, widest)),
  );
  const lineFixes = withDocumentSpellings(
    tokenised,
    repaired.map((r) => r.fixes),
    lexicon,
    options.threshold,
  );
  const lines = page.lines.map((line, index) => {
    const tokens = tokenised[index]!;
    const fixes = lineFixes[index]!;
    unknownWords += repaired[index]!.unknown;
    const words = line.words.map((w) => ({ ...w }));
    for (const fix of fixes) corrections.push({ ...toCorrection(fix, page.number, index + 1, options), bbox: words[fix.token]!.bbox });
    // Right to left, so that an earlier fix in the same word keeps its offset.
    for (const fix of [...fixes].sort((a, b) => b.start - a.start)) {
      const word = words[fix.token]!;
      if (fix.confidence < options.threshold) continue;
      const at = fix.start - tokens[fix.token]!.chunkStart;
      word.text = word.text.slice(0, at) + fix.corrected + word.text.slice(at + fix.original.length);
    }
    return { ...line, words };
  });
  return { page: { ...page, lines }, corrections, unknownWords };
}

/** The halves of a word hyphenated over the break before or after line `index`. */
function lineJoins(lines: ReadonlyArray<readonly Token[]>, index: number, widest: number): LineJoins {
  const joins: LineJoins = {};
  const head = hyphenHead(lines[index]);
  const tail = head ? lowerTail(lines[index + 1]) : undefined;
  if (head && tail) joins.nextTail = tail;
  const previousHead = hyphenHead(lines[index - 1]);
  if (previousHead && lowerTail(lines[index])) joins.previousHead = previousHead;
  if (continuesWrappedSentence(lines[index - 1], widest)) joins.continuesSentence = true;
  const nextWord = lines[index + 1]?.[0];
  if (nextWord && nextWord.start === nextWord.chunkStart) joins.nextLineWord = splitWordParts(nextWord.text)[0]?.part;
  if (nextWord) joins.nextLineFirst = nextWord;
  const previous = lines[index - 1];
  if (!previous || previous.length === 0 || /^\d{1,3}[.)]$/.test(previous[0]!.chunk)) joins.afterBlankOrItem = true;
  return joins;
}

/** The letters before a hyphen ending the line ("förvalt-"), or undefined. */
function hyphenHead(tokens: readonly Token[] | undefined): string | undefined {
  const last = tokens?.at(-1);
  if (!last || !last.chunk.endsWith('-') || last.chunk.length < 3) return undefined;
  const head = last.text.slice(0, -1).split('-').at(-1);
  return head && isLetters(head) ? head : undefined;
}

/** The small-letter word opening the line that may finish a hyphenated word, or undefined. */
function lowerTail(tokens: readonly Token[] | undefined): string | undefined {
  const first = tokens?.[0];
  const tail = first?.text.split('-')[0];
  // A capital or "och" after "barn-" is a second word ("barn- och utbildning"), not a tail.
  return tail && isLetters(tail) && tail === tail.toLowerCase() && first!.start === first!.chunkStart && tail !== 'och' && tail !== 'eller' ? tail : undefined;
}

/** The end of the page's widest line, in characters: where its right margin lies. */
function widestLine(lines: ReadonlyArray<readonly Token[]>): number {
  let widest = 0;
  for (const tokens of lines) {
    const last = tokens.at(-1);
    if (last) widest = Math.max(widest, last.chunkStart + last.chunk.length);
  }
  return widest;
}

function isLetters(s: string): boolean {
  for (const ch of s) if (!isCasedLetter(ch)) return false;
  return true;
}

function toCorrection(fix: LineFix, page: number, line: number, options: RepairOptions): Correction {
  return {
    page,
    line,
    column: fix.start + 1,
    original: fix.original,
    corrected: fix.corrected,
    confidence: fix.confidence,
    reason: fix.reason,
    evidence: fix.evidence,
    applied: fix.confidence >= options.threshold,
  };
}

function applyFixes(line: string, fixes: readonly LineFix[], threshold: number): string {
  let out = '';
  let at = 0;
  for (const fix of [...fixes].sort((a, b) => a.start - b.start)) {
    if (fix.confidence < threshold || fix.start < at) continue;
    out += line.slice(at, fix.start) + fix.corrected;
    at = fix.start + fix.original.length;
  }
  return out + line.slice(at);
}
