import type { Logger } from '../config/index.ts';
import { MinutesError } from '../errors/index.ts';
import { applyChangesToMinutes, applyDecisionsToText, type StoredCorrection } from './apply-decisions.ts';
import { listDocumentNames } from './batch-documents.ts';
import { loadDocumentBase, writeReviewedDocument } from './document-base.ts';
import { type LearnedPair, formatLearnedPair, isStorablePair, updateLearnedDictionary } from './learned-dictionary.ts';
import {
  type CorrectionKey,
  correctionKeyId,
  type DecisionAction,
  decidedToken,
  type ReviewDecision,
  type ReviewFile,
} from './review-decision.ts';
import { readReviewFile, writeReviewFile } from './review-store.ts';

/** A change a reviewer asks for; `clear` forgets the decision (used by undo). */
export interface DecisionUpdate extends CorrectionKey {
  action: DecisionAction | 'clear';
  value?: string;
}

export interface ReviewSession {
  current(): ReviewFile;
  /**
   * Records the updates, saves review.json, rewrites the affected documents'
   * NAME.txt and NAME.json from their pipeline base, and brings the learned
   * dictionary in line. Calls run one after another, never interleaved.
   */
  decide(updates: readonly DecisionUpdate[]): Promise<ReviewFile>;
}

export interface ReviewSessionOptions {
  learnedDictionary: string;
  log?: Logger;
  now?: () => Date;
}

/**
 * Decisions are applied at once, on every change: NAME.txt and NAME.json always
 * show the review's current state, so there is no "Apply" step to forget.
 */
export async function openReviewSession(outDir: string, options: ReviewSessionOptions): Promise<ReviewSession> {
  let review = await readReviewFile(outDir);
  const now = options.now ?? (() => new Date());
  let queue: Promise<unknown> = Promise.resolve();

  async function decideNow(updates: readonly DecisionUpdate[]): Promise<ReviewFile> {
    const documents = new Set(await listDocumentNames(outDir));
    const byKey = new Map(review.decisions.map((d) => [correctionKeyId(d), d]));
    const touched = new Map<string, Map<string, StoredCorrection>>();

    for (const update of updates) {
      if (!documents.has(update.document)) {
        throw new MinutesError('USAGE', `no document named ${JSON.stringify(update.document)} in this batch`);
      }
      let corrections = touched.get(update.document);
      if (!corrections) {
        const base = await loadDocumentBase(outDir, update.document);
        corrections = new Map(base.minutes.corrections.map((c) => [correctionKeyId({ ...c, document: update.document }), c]));
        touched.set(update.document, corrections);
      }
      const id = correctionKeyId(update);
      const correction = corrections.get(id);
      if (!correction) throw new MinutesError('USAGE', `no such correction: ${id}`);
      if (update.action === 'clear') {
        byKey.delete(id);
        continue;
      }
      if (update.action === 'edit' && (update.value === undefined || update.value.trim() === '' || /[\t\r\n\f]/.test(update.value))) {
        throw new MinutesError('USAGE', 'an edit needs a non-empty value on one line');
      }
      const { document, page, line, column, original } = update;
      const decision: ReviewDecision = {
        document,
        page,
        line,
        column,
        original,
        action: update.action,
        ...(update.action === 'edit' ? { value: update.value!.trim() } : {}),
        decidedAt: now().toISOString(),
      };
      decision.result = decidedToken(correction, decision).token;
      byKey.set(id, decision);
    }

    review = { ...review, decisions: [...byKey.values()] };
    await writeReviewFile(outDir, review);
    for (const document of touched.keys()) await applyReview(document, byKey);
    review = { ...review, learnedAdded: await syncLearnedDictionary(review) };
    await writeReviewFile(outDir, review);
    return review;
  }

  async function applyReview(document: string, decisions: Map<string, ReviewDecision>): Promise<void> {
    const base = await loadDocumentBase(outDir, document);
    const applied = applyDecisionsToText(base.text, base.minutes.corrections, (c) =>
      decisions.get(correctionKeyId({ ...c, document })),
    );
    for (const m of applied.missing) {
      options.log?.warn({ document, page: m.page, line: m.line, column: m.column }, `token ${JSON.stringify(m.original)} not found in the text; left as it was`);
    }
    const minutes = applyChangesToMinutes(base.minutes, base.text, applied.changes, applied.corrections);
    await writeReviewedDocument(outDir, document, base, { text: applied.text, minutes });
  }

  async function syncLearnedDictionary(current: ReviewFile): Promise<[string, string][]> {
    const wanted: LearnedPair[] = current.decisions
      .filter((d) => d.action !== 'reject' && d.result !== undefined)
      .map((d) => [d.original, d.result!] as const)
      .filter(isStorablePair);
    const wantedSet = new Set(wanted.map(formatLearnedPair));
    const stale = current.learnedAdded.filter((p) => !wantedSet.has(formatLearnedPair(p)));
    const added = await updateLearnedDictionary(options.learnedDictionary, { add: wanted, remove: stale });
    const ours = new Set([...current.learnedAdded, ...added].map(formatLearnedPair).filter((l) => wantedSet.has(l)));
    return [...ours].map((l) => l.split('\t') as [string, string]);
  }

  return {
    current: () => review,
    decide(updates) {
      const run = queue.then(() => decideNow(updates));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
