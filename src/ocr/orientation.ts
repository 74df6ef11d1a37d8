import type { Line } from '../domain/index.ts';
import type { RecognisedText } from './tesseract-engine.ts';

/**
 * Below this mean confidence an upright reading is worth a second look.
 * Measured: upside-down and 270° pages read at 0.17–0.31; upright pages from
 * clean to heavily speckled at 0.59–0.93, so noisy upright pages pay only the
 * cheap orientation check, never a second OCR.
 */
export const SUSPICIOUS_CONFIDENCE = 0.7;

/**
 * True when an OCR result suggests the page is not upright: low confidence, or
 * text laid out in tall narrow lines (tesseract reads a page turned 90° as
 * vertical text, with good confidence but boxes that run down the page).
 */
export function looksMisoriented(text: RecognisedText): boolean {
  if (text.lines.length === 0) return false;
  if (text.meanConfidence < SUSPICIOUS_CONFIDENCE) return true;
  return verticalShare(text.lines) > 0.5;
}

/** Share of multi-word lines that are taller than they are wide. */
export function verticalShare(lines: readonly Line[]): number {
  const judged = lines.filter((line) => line.words.length > 1);
  if (judged.length === 0) return 0;
  const vertical = judged.filter((line) => line.bbox.y1 - line.bbox.y0 > line.bbox.x1 - line.bbox.x0).length;
  return vertical / judged.length;
}
