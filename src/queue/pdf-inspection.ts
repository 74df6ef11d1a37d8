import type { MinutesConfig } from '../config/index.ts';
import { MinutesError } from '../errors/index.ts';
import { openPdf, sniffPdf } from '../rasterise/index.ts';

/** Checks a PDF before it is queued and counts its pages. Throws a MinutesError with the reason. */
export type InspectPdf = (bytes: Uint8Array, config: MinutesConfig) => Promise<{ pages: number }>;

/** The pipeline's own sniff and open, so that the queue refuses exactly what the in-process runner refuses. */
export const inspectPdf: InspectPdf = async (bytes, config) => {
  sniffPdf(bytes);
  const pdf = await openPdf(bytes, config.password ? { password: config.password } : {});
  try {
    if (pdf.pageCount === 0) throw new MinutesError('NO_PAGES', 'PDF has no pages');
    return { pages: pdf.pageCount };
  } finally {
    await pdf.close();
  }
};
