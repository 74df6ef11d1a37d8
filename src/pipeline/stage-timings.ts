/** Wall-clock seconds spent per stage, summed over pages; read by `npm run bench`. */
export type StageName = 'rasterise' | 'preprocess' | 'ocr' | 'repair' | 'segment' | 'write';

export class StageTimings {
  readonly seconds: Record<StageName, number> = { rasterise: 0, preprocess: 0, ocr: 0, repair: 0, segment: 0, write: 0 };
  words = 0;

  async time<T>(stage: StageName, work: () => Promise<T> | T): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.seconds[stage] += (performance.now() - started) / 1000;
    }
  }
}
