export { defaultConfig, resolveConfig } from './config.ts';
export type { MinutesConfig, OcrEngineKind, OcrIsolation, OcrMode } from './config.ts';
export { logger } from './logger.ts';
export type { Logger } from './logger.ts';
