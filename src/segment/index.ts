// Stage 5: pages or text → Minutes. Stub; see the segment helper brief.
import type { Minutes, Page } from '../domain/index.ts';

export type SegmentInput = { pages: Page[] } | { text: string };
export interface SourceInfo {
  file: string;
  sha256?: string | null;
  pages: number;
}

export function segmentMinutes(_input: SegmentInput, source: SourceInfo): Minutes {
  return {
    schemaVersion: '1',
    source,
    documentType: 'other',
    attendees: [],
    absent: [],
    adjusters: [],
    items: [],
    signatures: [],
    corrections: [],
  };
}
