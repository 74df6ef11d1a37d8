import { existsSync } from 'node:fs';
import type { Logger, MinutesConfig } from '../config/index.ts';
import { createOcrEngine, type OcrEngine } from '../ocr/index.ts';
import { type Lexicon, loadLexicon } from '../repair/index.ts';
import { StageTimings } from './stage-timings.ts';

/** What every stage call in a run shares. Built once per process by the runner or the worker. */
export interface PipelineContext {
  config: MinutesConfig;
  lexicon: Lexicon;
  log: Logger;
  /** The OCR pool, started on first use so that born-digital batches never load a model. */
  ocrEngine(): Promise<OcrEngine>;
  /** Per-stage time, summed over the run. */
  timings: StageTimings;
}

/** The user's dictionaries, then the learned one that `minutes review` fills, when it exists. */
export function dictionaryFiles(config: MinutesConfig): string[] {
  const files = [...config.dictionaries];
  if (existsSync(config.learnedDictionary) && !files.includes(config.learnedDictionary)) files.push(config.learnedDictionary);
  return files;
}

/**
 * Builds the context once per process: loads the lexicon (with the user's and
 * the learned dictionaries) and defers the OCR pool until a page needs it.
 */
export async function createPipelineContext(config: MinutesConfig, log: Logger): Promise<PipelineContext & { close(): Promise<void> }> {
  const lexicon = await loadLexicon({ dictionaries: dictionaryFiles(config) });
  let engine: Promise<OcrEngine> | null = null;
  return {
    config,
    lexicon,
    log,
    timings: new StageTimings(),
    ocrEngine() {
      engine ??= createOcrEngine({
        language: config.language,
        workers: config.ocrWorkers,
        engine: config.ocrEngine,
        isolation: config.ocrIsolation,
        recycleWorkerAfterPages: config.recycleWorkerAfterPages,
        recycleWorkerAboveMb: config.recycleWorkerAboveMb,
      });
      return engine;
    },
    async close() {
      if (engine) await (await engine).close();
    },
  };
}
