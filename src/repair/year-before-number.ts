// "för ar 1984" is "för år 1984": a year's number after the word decides between "år" and "är",
// which the small context model, having seen few years, leaves at a share just under the threshold.
// In the training texts (training/train-sv.txt, training/ocr/train.truth.txt, training/docs) every
// "år"/"är" before a four-digit year is "år" (5 of 5), and on the training pages the one such
// decision (at 0.78, flagged) was right; Swedish writes
// "är" before a bare year only in rare clauses ("budgeten för 2020 är 2019 års").
import type { Neighbours } from './context-model.ts';

/** Share of such decisions expected right: above the 0.8 default threshold, below the certainty of a listed word. */
export const YEAR_BEFORE_NUMBER_CONFIDENCE = 0.9;

const YEAR_NUMBER = /^(1[89]|20)\d\d$/;

/** The reading "år" of a token, decided for the year number that follows it. */
export function isYearBeforeNumber(reading: string, around: Neighbours): boolean {
  return reading === 'år' && YEAR_NUMBER.test(around.right);
}
