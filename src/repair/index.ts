// Stage 4: repair OCR damage to Swedish words. Stub; see the repair helper brief.
import type { Correction, Page } from '../domain/index.ts';

export interface Lexicon {}

export interface RepairOptions {
  /** Below this confidence a correction is flagged, not applied. */
  threshold: number;
}

export async function loadLexicon(_options: { dictionaries: string[] } = { dictionaries: [] }): Promise<Lexicon> {
  return {};
}

export interface RepairResult {
  /** The page with applied corrections written into its words (boxes and confidences kept). */
  page: Page;
  /** Applied and flagged corrections, positions relative to the page's lines (1-based line and column). */
  corrections: Correction[];
  /** Words that no lexicon, compound analysis or pattern accepts, after repair. */
  unknownWords: number;
}

export function repairPage(page: Page, _lexicon: Lexicon, _options: RepairOptions): RepairResult {
  return { page, corrections: [], unknownWords: 0 };
}

export function repairText(text: string, _lexicon: Lexicon, _options: RepairOptions): { text: string; corrections: Correction[] } {
  return { text, corrections: [] };
}
