export { startReviewServer } from './review-server.ts';
export type { ReviewServer, ReviewServerOptions } from './review-server.ts';
export { openReviewSession } from './review-session.ts';
export type { DecisionUpdate, ReviewSession } from './review-session.ts';
export { applyDecisionsToText, applyChangesToMinutes } from './apply-decisions.ts';
export { parseLearnedDictionary, updateLearnedDictionary } from './learned-dictionary.ts';
export type { LearnedPair } from './learned-dictionary.ts';
export type { ReviewDecision, ReviewFile, CorrectionKey } from './review-decision.ts';
export { REVIEW_FILE, correctionKeyId } from './review-decision.ts';
