import { InvalidArgumentError, Option } from 'commander';
import type { MinutesConfig, OcrEngineKind, OcrMode } from '../config/index.ts';

/** Flags that several commands share, validated at the edge so stages receive sane values. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

export function probability(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export const dictionaryOption = () =>
  new Option('--dictionary <file>', 'extra dictionary (one word, or "wrong<TAB>right", per line); repeatable')
    .argParser(collect)
    .default([] as string[]);

export const thresholdOption = () =>
  new Option('--threshold <p>', 'apply corrections at or above this confidence; flag the rest').argParser(probability);

export const engineOption = () =>
  new Option('--engine <engine>', 'OCR engine: tesseract.js; native (installed tesseract, same model, faster); auto')
    .choices(['tesseract.js', 'native', 'auto'])
    .env('MINUTES_OCR_ENGINE');

export interface SharedFlags {
  engine?: OcrEngineKind;
  dictionary?: string[];
  threshold?: number;
  ocr?: OcrMode;
  workers?: number;
  password?: string;
}

export function configOverrides(flags: SharedFlags): Partial<MinutesConfig> {
  return {
    dictionaries: flags.dictionary ?? [],
    repairThreshold: flags.threshold,
    ocr: flags.ocr,
    ocrWorkers: flags.workers,
    ocrEngine: flags.engine,
    password: flags.password,
  };
}
