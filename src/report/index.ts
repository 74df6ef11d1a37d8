// The batch review report. Stub; see the report helper brief.
export type { WordCrop } from './crop.ts';
export { cropWord } from './crop.ts';

/** Reads NAME.json files, crops and failed.json in `outDir`, renders report.html and writes it atomically. */
export async function writeBatchReport(_outDir: string): Promise<void> {}
