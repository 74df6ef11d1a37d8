import { basename, extname, join } from 'node:path';

/**
 * Where a document's outputs live in the output folder. The report, the review
 * server and both runners use this one definition.
 */
export interface OutputLayout {
  json: string;
  text: string;
  cropsDir: string;
}

/** "scans/Möte 2023.pdf" → "Möte 2023" */
export function documentName(file: string): string {
  const base = basename(file);
  const ext = extname(base);
  return ext.toLowerCase() === '.pdf' ? base.slice(0, -ext.length) : base;
}

export function outputLayout(outDir: string, name: string): OutputLayout {
  return {
    json: join(outDir, `${name}.json`),
    text: join(outDir, `${name}.txt`),
    cropsDir: join(outDir, 'crops', name),
  };
}

/** File name of a correction's crop inside its document's crops folder. */
export function cropFileName(page: number, line: number, column: number, mime: string): string {
  return `p${page}-l${line}-c${column}.${mime === 'image/png' ? 'png' : 'webp'}`;
}

export const FAILED_FILE = 'failed.json';
export const REPORT_FILE = 'report.html';
