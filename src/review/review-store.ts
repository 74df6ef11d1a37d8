import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MinutesError } from '../errors/index.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { emptyReviewFile, REVIEW_FILE, type ReviewFile, ReviewFileSchema } from './review-decision.ts';

/** `<out-dir>/review.json`, or an empty review when there is none yet. */
export async function readReviewFile(outDir: string): Promise<ReviewFile> {
  const path = join(outDir, REVIEW_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyReviewFile();
    throw error;
  }
  const parsed = ReviewFileSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    throw new MinutesError('USAGE', `${path} is not a review file written by minutes review (move it away to start over)`);
  }
  return parsed.data;
}

export async function writeReviewFile(outDir: string, review: ReviewFile): Promise<void> {
  await writeFileAtomic(join(outDir, REVIEW_FILE), JSON.stringify(review, null, 2) + '\n');
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
