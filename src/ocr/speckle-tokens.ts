import { type Line, unionBBox } from '../domain/index.ts';

/** Tokens with no letter, digit or § in them: what speckles come out as ("=", "|", "-", ";"…). */
const SYMBOLS_ONLY = /^[^\p{L}\p{N}§]+$/u;

export interface SpeckleFilterOptions {
  /**
   * Symbol-only tokens below this word confidence are dropped. Real punctuation
   * that stands alone (an en dash between times) is read with high confidence.
   * @defaultValue 0.6
   */
  maxConfidence?: number;
}

/** Drops low-confidence symbol-only tokens, and lines left empty by that. */
export function dropSpeckleTokens(lines: readonly Line[], options: SpeckleFilterOptions = {}): { lines: Line[]; dropped: number } {
  const maxConfidence = options.maxConfidence ?? 0.6;
  let dropped = 0;
  const kept: Line[] = [];
  for (const line of lines) {
    const words = line.words.filter((word) => {
      const speckle = word.confidence < maxConfidence && SYMBOLS_ONLY.test(word.text);
      if (speckle) dropped++;
      return !speckle;
    });
    if (words.length === line.words.length) kept.push(line);
    else if (words.length > 0) kept.push({ ...line, words, bbox: unionBBox(words.map((word) => word.bbox)) });
  }
  return { lines: kept, dropped };
}
