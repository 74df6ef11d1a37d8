import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type Minutes, MinutesSchema } from '../domain/index.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { outputLayout } from '../io/output-layout.ts';

/**
 * The pipeline's own NAME.txt and NAME.json, kept the first time a review
 * rewrites them. Decisions are always applied to this base, never to the
 * already-reviewed files, so undo and changed minds cannot drift; and crops
 * and decision keys keep the pipeline's positions.
 */
export interface DocumentBase {
  text: string;
  minutes: Minutes;
}

/** Hidden, so the review server never serves it and a batch listing skips it. */
export const REVIEW_STATE_DIR = '.review';

const SnapshotSchema = z.object({
  version: z.literal(1),
  text: z.string(),
  minutes: z.unknown(),
  /** SHA-256 of every NAME.json derived from this base (the base's own included, newest last). */
  derivedJson: z.array(z.string()),
});

/** Keeps a few recent hashes so that a crash between writing NAME.txt and NAME.json is still recognised. */
const KEEP_DERIVED = 4;

function snapshotPath(outDir: string, name: string): string {
  return join(outDir, REVIEW_STATE_DIR, `${name}.base.json`);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The base to apply decisions to. The snapshot counts only while NAME.json is
 * one this review wrote (or the pipeline's original): if the pipeline has
 * since rewritten the document, the current files are the new base.
 */
export async function loadDocumentBase(outDir: string, name: string): Promise<DocumentBase & { currentJson: string }> {
  const layout = outputLayout(outDir, name);
  const currentJson = await readFile(layout.json, 'utf8');
  const snapshot = await readSnapshot(outDir, name);
  if (snapshot && snapshot.derivedJson.includes(sha256(currentJson))) {
    return { text: snapshot.text, minutes: MinutesSchema.parse(snapshot.minutes), currentJson };
  }
  const text = await readFile(layout.text, 'utf8').catch(() => '');
  return { text, minutes: MinutesSchema.parse(JSON.parse(currentJson)), currentJson };
}

/** Writes the snapshot before the outputs it vouches for, then NAME.txt, then NAME.json last (as the pipeline does). */
export async function writeReviewedDocument(
  outDir: string,
  name: string,
  base: DocumentBase & { currentJson: string },
  reviewed: { text: string; minutes: Minutes },
): Promise<void> {
  const layout = outputLayout(outDir, name);
  const json = JSON.stringify(reviewed.minutes, null, 2) + '\n';
  const previous = (await readSnapshot(outDir, name))?.derivedJson ?? [];
  const current = sha256(base.currentJson);
  const [origin, ...recent] = previous.includes(current) ? previous : [current];
  const derivedJson = [origin, ...[...recent, sha256(json)].slice(-KEEP_DERIVED)];
  await writeFileAtomic(
    snapshotPath(outDir, name),
    JSON.stringify({ version: 1, text: base.text, minutes: base.minutes, derivedJson }) + '\n',
  );
  await writeFileAtomic(layout.text, reviewed.text);
  await writeFileAtomic(layout.json, json);
}

async function readSnapshot(outDir: string, name: string): Promise<z.infer<typeof SnapshotSchema> | null> {
  try {
    return SnapshotSchema.parse(JSON.parse(await readFile(snapshotPath(outDir, name), 'utf8')));
  } catch {
    return null;
  }
}
