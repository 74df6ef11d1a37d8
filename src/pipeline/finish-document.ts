import { type Correction, type Minutes, MinutesSchema, pageText } from '../domain/index.ts';
import { segmentMinutes } from '../segment/index.ts';
import type { PageResult } from './process-page.ts';

export interface SourceDescription {
  /** The PDF's file name as the user gave it, e.g. "ks-2023-05-16.pdf". */
  file: string;
  sha256: string;
  pages: number;
}

/** A finished document, ready to be written as NAME.json, NAME.txt and crops. */
export interface DocumentResult {
  source: SourceDescription;
  minutes: Minutes;
  /** Every page's repaired text, pages separated by form feeds. */
  text: string;
  pages: PageResult[];
}

/**
 * The per-document stages, after every page is done: segment, then assemble
 * the minutes with their corrections and quality figures. Both the in-process
 * runner and the queue's parent job call this, so both give the same result.
 */
export function finishDocument(source: SourceDescription, pageResults: PageResult[]): DocumentResult {
  const ordered = [...pageResults].sort((a, b) => a.page.number - b.page.number);
  const pages = ordered.map((r) => r.page);
  const corrections: Correction[] = ordered.flatMap((r) => r.corrections);

  const segmented = segmentMinutes({ pages }, { file: source.file, sha256: source.sha256, pages: source.pages });
  const minutes = MinutesSchema.parse({
    ...segmented,
    source: { file: source.file, sha256: source.sha256, pages: source.pages },
    corrections: corrections.map(({ bbox: _bbox, ...rest }) => rest),
    quality: measureQuality(ordered, corrections),
  });
  return { source, minutes, text: pages.map(pageText).join('\f'), pages: ordered };
}

function measureQuality(results: PageResult[], corrections: Correction[]): Minutes['quality'] {
  let tokens = 0;
  let ocrWords = 0;
  let confidenceSum = 0;
  for (const { page } of results) {
    for (const line of page.lines) {
      for (const word of line.words) {
        tokens += 1;
        if (page.source === 'ocr') {
          ocrWords += 1;
          confidenceSum += word.confidence;
        }
      }
    }
  }
  const applied = corrections.filter((c) => c.applied).length;
  return {
    meanOcrConfidence: ocrWords > 0 ? round(confidenceSum / ocrWords, 3) : null,
    tokens,
    corrected: applied,
    flagged: corrections.length - applied,
    unknown: results.reduce((sum, r) => sum + r.unknownWords, 0),
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
