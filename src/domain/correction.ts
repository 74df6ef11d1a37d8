import type { BBox } from './geometry.ts';

/** Which evidence decided a correction. */
export type CorrectionEvidence = 'lexicon' | 'compound' | 'context' | 'domain' | 'learned' | 'pattern';

/**
 * One change the repair stage made (applied) or suggested (flagged, below the
 * confidence threshold). Positions are 1-based; `column` counts characters.
 */
export interface Correction {
  /** 1-based page; plain-text input is page 1. */
  page: number;
  line: number;
  column: number;
  original: string;
  corrected: string;
  /** Calibrated probability that `corrected` is right, 0..1. */
  confidence: number;
  /** Human-readable: names the evidence, e.g. "lexicon: o→ö (sodertorn is unknown, södertörn is a place)". */
  reason: string;
  evidence: CorrectionEvidence;
  /** false: only flagged for review, the text still holds `original`. */
  applied: boolean;
  /** The word's box on the page image, when the input had geometry. */
  bbox?: BBox;
}
