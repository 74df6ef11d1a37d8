import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { MinutesError } from '../errors/index.ts';

/**
 * Which build of the @tesseract.js-data models to load. `4.0.0_best_int` is
 * LSTM-only and loads faster than `4.0.0` with the same text (FACTS.md);
 * the orientation model exists only for the legacy engine.
 */
export type ModelVariant = '4.0.0_best_int' | '4.0.0';

export interface LanguageData {
  /** tesseract.js language string, e.g. "swe" or "swe+eng". */
  languages: string;
  /** A folder holding `<lang>.traineddata.gz` for every language. */
  langPath: string;
}

const require = createRequire(import.meta.url);

/** The traineddata file a language ships in node_modules, or null when its package is not installed. */
export function traineddataPath(language: string, variant: ModelVariant): string | null {
  let packageJson: string;
  try {
    packageJson = require.resolve(`@tesseract.js-data/${language}/package.json`);
  } catch {
    return null;
  }
  const file = join(dirname(packageJson), variant, `${language}.traineddata.gz`);
  return existsSync(file) ? file : null;
}

/**
 * Resolves every language to a local file before any worker starts: tesseract.js
 * crashes the process, uncatchably, when a langPath file is missing, and would
 * otherwise fall back to a CDN.
 */
export function resolveLanguageData(languages: string, variant: ModelVariant = '4.0.0_best_int'): LanguageData {
  const codes = languages.split('+').map((code) => code.trim());
  if (codes.length === 0 || codes.some((code) => !/^[a-z_]+$/i.test(code))) {
    throw new MinutesError('USAGE', `invalid OCR language "${languages}": use tesseract codes such as "swe" or "swe+eng"`);
  }
  const files = codes.map((code) => {
    const file = traineddataPath(code, variant);
    if (!file) {
      throw new MinutesError(
        'MISSING_MODEL',
        `OCR model for "${code}" not found in node_modules/@tesseract.js-data/${code}/${variant}: run npm ci (or npm install @tesseract.js-data/${code})`,
      );
    }
    return file;
  });
  const folders = new Set(files.map((file) => dirname(file)));
  const [only] = folders;
  if (folders.size === 1 && only) return { languages: codes.join('+'), langPath: only };
  return { languages: codes.join('+'), langPath: linkIntoOneFolder(codes, files, variant) };
}

/** tesseract.js takes one langPath, but each language lives in its own package. */
function linkIntoOneFolder(codes: string[], files: string[], variant: ModelVariant): string {
  const folder = join(tmpdir(), `minutes-tessdata-${process.getuid?.() ?? 'user'}`, `${codes.join('+')}-${variant}`);
  mkdirSync(folder, { recursive: true });
  codes.forEach((code, i) => {
    const link = join(folder, `${code}.traineddata.gz`);
    const target = files[i];
    if (target && !existsSync(link)) symlinkSync(target, link);
  });
  return folder;
}
