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

/** What the OCR process has used so far: its peak resident memory and its CPU time (all threads). */
export interface HostUsage {
  peakRssMb: number;
  cpuSeconds: number;
}
