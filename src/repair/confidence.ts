// Turns a decision's model probability into a calibrated confidence: the
// share of decisions of that kind and probability that were right when
// measured on our own rendered training pages (scripts/eval-repair.ts --calibrate).
import type { CorrectionEvidence } from '../domain/index.ts';

/** Per evidence kind: confidence = p^exponent × ceiling. Measured, see dictionaries/README.md. */
const CALIBRATION: Record<CorrectionEvidence, { exponent: number; ceiling: number }> = {
  lexicon: { exponent: 1, ceiling: 0.99 },
  domain: { exponent: 1, ceiling: 0.99 },
  compound: { exponent: 1.3, ceiling: 0.97 },
  context: { exponent: 1.5, ceiling: 0.95 },
  learned: { exponent: 1, ceiling: 0.97 },
  pattern: { exponent: 1, ceiling: 0.95 },
};

export function calibratedConfidence(evidence: CorrectionEvidence, probability: number): number {
  const { exponent, ceiling } = CALIBRATION[evidence];
  const p = Math.max(0, Math.min(1, probability));
  return Math.round(Math.pow(p, exponent) * ceiling * 1000) / 1000;
}
