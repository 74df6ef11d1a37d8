import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { REPORT_FILE } from '../io/output-layout.ts';
import { loadReportBatch } from './load-report-batch.ts';
import { renderReport } from './render-report.ts';

export type { WordCrop } from './crop.ts';
export { cropWord } from './crop.ts';
export type { ReportBatch, ReportDocument, ReportEntry, ReportFailure } from './report-batch.ts';
export { loadReportBatch } from './load-report-batch.ts';
export { renderReport, sortEntries, findErrorSeries } from './render-report.ts';

/** Reads NAME.json files, crops and failed.json in `outDir`, renders report.html and writes it atomically. */
export async function writeBatchReport(outDir: string): Promise<void> {
  const batch = await loadReportBatch(outDir);
  await writeFileAtomic(join(outDir, REPORT_FILE), renderReport(batch));
}
