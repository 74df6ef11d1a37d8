import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { logger } from '../config/index.ts';
import { FAILED_FILE, outputLayout } from '../io/output-layout.ts';
import { locateToken } from '../review/apply-decisions.ts';
import { listDocumentNames } from '../review/batch-documents.ts';
import { loadDocumentBase } from '../review/document-base.ts';
import { readReviewFile } from '../review/review-store.ts';
import type { ReportBatch, ReportDocument, ReportEntry, ReportFailure } from './report-batch.ts';

/**
 * Reads an output folder into the report's model: every NAME.json (as the
 * pipeline wrote it, so positions match the crops), its text for context, the
 * crops that exist, failed.json, and with `review` the saved decisions.
 */
export async function loadReportBatch(outDir: string, options: { review?: boolean } = {}): Promise<ReportBatch> {
  const documents: ReportDocument[] = [];
  for (const name of await listDocumentNames(outDir)) {
    try {
      documents.push(await loadReportDocument(outDir, name));
    } catch (error) {
      logger.warn({ document: name, err: (error as Error).message }, 'not a minutes document; left out of the report');
    }
  }
  const batch: ReportBatch = {
    title: basename(resolve(outDir)),
    documents,
    failures: await readFailures(outDir),
  };
  if (options.review) batch.review = { decisions: (await readReviewFile(outDir)).decisions };
  return batch;
}

async function loadReportDocument(outDir: string, name: string): Promise<ReportDocument> {
  const { text, minutes } = await loadDocumentBase(outDir, name);
  const crops = new Set(await readdir(outputLayout(outDir, name).cropsDir).catch(() => [] as string[]));
  const pages = text.split('\f').map((p) => p.split('\n'));
  const entries = minutes.corrections.map((c): ReportEntry => {
    const applied = c.applied ?? true;
    const crop = ['webp', 'png'].map((ext) => `p${c.page}-l${c.line}-c${c.column}.${ext}`).find((f) => crops.has(f));
    return {
      document: name,
      page: c.page,
      line: c.line,
      column: c.column,
      original: c.original,
      corrected: c.corrected,
      confidence: c.confidence,
      reason: c.reason,
      evidence: c.evidence ?? null,
      applied,
      crop: crop ? `crops/${encodeURIComponent(name)}/${crop}` : null,
      context: lineContext(pages[c.page - 1]?.[c.line - 1], applied ? c.corrected : c.original, c.column - 1),
    };
  });
  return { name, file: minutes.source.file, pages: minutes.source.pages, quality: minutes.quality ?? null, entries };
}

function lineContext(line: string | undefined, token: string, expected: number): ReportEntry['context'] {
  if (line === undefined) return null;
  const at = locateToken(line, token, expected);
  if (at < 0) return null;
  return { before: line.slice(0, at), token, after: line.slice(at + token.length) };
}

async function readFailures(outDir: string): Promise<ReportFailure[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(join(outDir, FAILED_FILE), 'utf8'));
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((f): f is { file: unknown; reason: unknown } => typeof f === 'object' && f !== null)
    .map((f) => ({ file: String(f.file ?? ''), reason: String(f.reason ?? '') }));
}
