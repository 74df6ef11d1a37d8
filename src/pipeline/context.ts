import type { MinutesConfig } from '../config/index.ts';
import type { Logger } from '../config/index.ts';
import type { OcrEngine } from '../ocr/index.ts';
import type { Lexicon } from '../repair/index.ts';

/** What every stage call in a run shares. Built once per process by the runner or the worker. */
export interface PipelineContext {
  config: MinutesConfig;
  lexicon: Lexicon;
  log: Logger;
  /** The OCR pool, started on first use so that born-digital batches never load a model. */
  ocrEngine(): Promise<OcrEngine>;
}
