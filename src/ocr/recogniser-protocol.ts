// The messages between the pipeline and an OCR process (recogniser-process.ts ⇄ recogniser-host.ts).
// They travel with Node's 'advanced' serialization, so pixels go as one Uint8Array, not JSON.
import type { RasterImage } from '../domain/index.ts';
import type { RecognisedText } from './tesseract-engine.ts';

export type HostRequest = { kind: 'recognise'; id: number; image: RasterImage } | { kind: 'stop' };

export type HostReply =
  | ({ kind: 'ready' } & HostUsage)
  | { kind: 'start-failed'; reason: string }
  | ({ kind: 'recognised'; id: number; text: RecognisedText } & HostUsage)
  | { kind: 'failed'; id: number; reason: string };

/** What the OCR process uses: its resident memory now and at its peak, and its CPU time so far (all threads). */
export interface HostUsage {
  rssMb: number;
  peakRssMb: number;
  cpuSeconds: number;
}
