import { readdir } from 'node:fs/promises';
import { FAILED_FILE } from '../io/output-layout.ts';
import { REVIEW_FILE } from './review-decision.ts';

/** Names of the documents in an output folder: every NAME.json except the batch's own files. */
export async function listDocumentNames(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .filter((n) => n !== FAILED_FILE && n !== REVIEW_FILE)
    .map((n) => n.slice(0, -'.json'.length))
    .sort((a, b) => a.localeCompare(b, 'sv'));
}
