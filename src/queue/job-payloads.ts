import { z } from 'zod';
import type { MinutesConfig } from '../config/index.ts';

/**
 * The settings that change a document's result travel with its jobs. Settings
 * that belong to the machine (OCR pool size, learned dictionary path) stay with the worker.
 */
export const JobConfigSchema = z.object({
  ocr: z.enum(['auto', 'always', 'never']),
  language: z.string().min(1),
  renderDpi: z.number().positive(),
  maxPagePixels: z.number().positive(),
  refusePagePixels: z.number().positive(),
  pageTimeoutMs: z.number().positive(),
  repairThreshold: z.number().min(0).max(1),
  dictionaries: z.array(z.string()),
  password: z.string().optional(),
});
export type JobConfig = z.infer<typeof JobConfigSchema>;

export function jobConfigFrom(config: MinutesConfig): JobConfig {
  const { ocr, language, renderDpi, maxPagePixels, refusePagePixels, pageTimeoutMs, repairThreshold, dictionaries, password } = config;
  return {
    ocr,
    language,
    renderDpi,
    maxPagePixels,
    refusePagePixels,
    pageTimeoutMs,
    repairThreshold,
    dictionaries: [...dictionaries],
    ...(password ? { password } : {}),
  };
}

/** A page job: where to find the PDF (never its pixels), which page, and how to process it. */
export const PageJobDataSchema = z.object({
  path: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  page: z.number().int().positive(),
  config: JobConfigSchema,
});
export type PageJobData = z.infer<typeof PageJobDataSchema>;

/** The parent job: the document's name, where its outputs go, and how many pages to expect. */
export const DocumentJobDataSchema = z.object({
  path: z.string().min(1),
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  pages: z.number().int().positive(),
  outDir: z.string().min(1),
});
export type DocumentJobData = z.infer<typeof DocumentJobDataSchema>;

/** What a finished document job returns: small, so that Redis keeps no page data twice. */
export interface DocumentJobResult {
  file: string;
  json: string;
  pages: number;
}
