import { z } from 'zod';

/**
 * What a reviewer decided about one correction. A decision is keyed by the
 * correction's position as the pipeline wrote it plus its original token, so
 * it still finds its correction after the text around it was edited.
 */
export const DecisionActionSchema = z.enum(['accept', 'reject', 'edit']);
export type DecisionAction = z.infer<typeof DecisionActionSchema>;

export const CorrectionKeySchema = z.object({
  /** Document name as in the output folder: NAME of NAME.json. */
  document: z.string().min(1),
  page: z.number().int().min(1),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  original: z.string(),
});
export type CorrectionKey = z.infer<typeof CorrectionKeySchema>;

export const ReviewDecisionSchema = CorrectionKeySchema.extend({
  action: DecisionActionSchema,
  /** The reviewer's own form, for `edit`. */
  value: z.string().optional(),
  /** The form the token took (the suggestion for accept, the value for edit, the original for reject). */
  result: z.string().optional(),
  decidedAt: z.string(),
});
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const ReviewFileSchema = z.object({
  version: z.literal(1),
  decisions: z.array(ReviewDecisionSchema),
  /** Pairs this review added to the learned dictionary, so an undo can take them out again. */
  learnedAdded: z.array(z.tuple([z.string(), z.string()])).default([]),
});
export type ReviewFile = z.infer<typeof ReviewFileSchema>;

export const REVIEW_FILE = 'review.json';

export function emptyReviewFile(): ReviewFile {
  return { version: 1, decisions: [], learnedAdded: [] };
}

/** One string per correction, usable as a Map key and as a DOM data attribute. */
export function correctionKeyId(key: CorrectionKey): string {
  return JSON.stringify([key.document, key.page, key.line, key.column, key.original]);
}

/** The token a decision puts into the text, or null when the decision keeps the text as the pipeline left it. */
export function decidedToken(
  correction: { original: string; corrected: string; applied?: boolean | undefined },
  decision: Pick<ReviewDecision, 'action' | 'value'> | undefined,
): { token: string; applied: boolean; corrected: string } {
  const applied = correction.applied ?? true;
  if (!decision) return { token: applied ? correction.corrected : correction.original, applied, corrected: correction.corrected };
  switch (decision.action) {
    case 'accept':
      return { token: correction.corrected, applied: true, corrected: correction.corrected };
    case 'reject':
      return { token: correction.original, applied: false, corrected: correction.corrected };
    case 'edit': {
      const value = decision.value ?? correction.corrected;
      return { token: value, applied: true, corrected: value };
    }
  }
}
