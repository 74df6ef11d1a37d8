import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MinutesError } from '../errors/index.ts';
import type { DocumentResult } from '../pipeline/finish-document.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { cropFileName, documentName, outputLayout } from './output-layout.ts';

/**
 * Writes NAME.json, NAME.txt and the word crops. The JSON goes last, so a
 * NAME.json only ever exists for a document whose outputs are all in place.
 */
export async function writeDocumentOutputs(outDir: string, result: DocumentResult): Promise<void> {
  const layout = outputLayout(outDir, documentName(result.source.file));
  await rm(layout.cropsDir, { recursive: true, force: true });
  for (const crop of result.pages.flatMap((p) => p.crops)) {
    await writeFileAtomic(join(layout.cropsDir, cropFileName(crop.page, crop.line, crop.column, crop.mime)), crop.data);
  }
  await writeFileAtomic(layout.text, result.text);
  await writeFileAtomic(layout.json, JSON.stringify(result.minutes, null, 2) + '\n');
}

/**
 * Never overwrite a user's file silently. An existing NAME.json made by us
 * from the same PDF means the document is already done (a resumed batch);
 * anything else at that path is refused unless `overwrite` is set.
 */
export async function checkExistingOutput(
  outDir: string,
  file: string,
  sha256: string,
  overwrite: boolean,
): Promise<'absent' | 'done'> {
  const layout = outputLayout(outDir, documentName(file));
  let existing: string;
  try {
    existing = await readFile(layout.json, 'utf8');
  } catch {
    return 'absent';
  }
  if (overwrite) return 'absent';
  try {
    const parsed = JSON.parse(existing) as { schemaVersion?: unknown; source?: { sha256?: unknown } };
    if (parsed.schemaVersion === '1' && parsed.source?.sha256 === sha256) return 'done';
  } catch {
    // not ours: fall through to the refusal
  }
  throw new MinutesError(
    'OUTPUT_EXISTS',
    `${layout.json} already exists and was not made from this PDF (use --overwrite to replace it)`,
  );
}
