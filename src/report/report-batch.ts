import type { Correction, Quality } from '../domain/index.ts';
import type { ReviewDecision } from '../review/review-decision.ts';

/** Everything the report shows, read from an output folder by loadReportBatch. */
export interface ReportBatch {
  /** Shown in the heading, e.g. the output folder's name. */
  title: string;
  documents: ReportDocument[];
  failures: ReportFailure[];
  /** Present when the report is served by `minutes review`: decisions are enabled and posted to the API. */
  review?: { decisions: ReviewDecision[] };
}

export interface ReportDocument {
  /** NAME of NAME.json. */
  name: string;
  /** The source PDF's file name. */
  file: string;
  pages: number;
  quality: Quality | null;
  entries: ReportEntry[];
}

/** One correction or flag, at the position the pipeline wrote it. */
export interface ReportEntry extends Pick<Correction, 'page' | 'line' | 'column' | 'original' | 'corrected' | 'confidence' | 'reason'> {
  document: string;
  evidence: string | null;
  /** false: flagged only, the text still holds `original`. */
  applied: boolean;
  /** Relative URL of the word's crop (crops/NAME/p1-l2-c3.webp), or null when the page had no scan. */
  crop: string | null;
  /** The line the token stands in, split around it; null when the token was not found there. */
  context: { before: string; token: string; after: string } | null;
}

export interface ReportFailure {
  file: string;
  reason: string;
}
