// Words per second through repairText once the lexicon is loaded (one core),
// on varied text: every fixture OCR text and the training OCR texts.
//   npx tsx bench/repair-speed.ts
// "cold" = each text repaired with an empty decision cache (never-seen text);
// "warm" = the same texts again with the cache the cold pass filled.
// "archive" = each distinct document once (its English-model OCR only), the cache kept from one document to the
// next as a long import keeps it: words that recur across different minutes are decided once, repeats of the same
// text are not counted.
// Run with `node --expose-gc --import tsx bench/repair-speed.ts` for an RSS figure after a GC.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon, repairText } from '../src/repair/index.ts';

const root = join(import.meta.dirname, '..');
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const lexicon = await loadLexicon({ dictionaries: [] });
const loadSeconds = (performance.now() - t0) / 1000;
globalThis.gc?.();
const rssAfter = process.memoryUsage().rss;

const files = [
  ...readdirSync(join(root, 'fixtures', 'ocr')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'fixtures', 'ocr', f)),
  ...readdirSync(join(root, 'training', 'ocr')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'training', 'ocr', f)),
];
const texts = files.map((f) => readFileSync(f, 'utf8'));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

function pass(clearFirst: boolean): number {
  const start = performance.now();
  for (const text of texts) {
    if (clearFirst) lexicon.cache.clear();
    repairText(text, lexicon, { threshold: 0.8 });
  }
  return (performance.now() - start) / 1000;
}

// A fresh process: the JIT is cold as well as the decision cache.
const firstPass = pass(true);
// A long-running worker: the JIT is warm, but every text is new to the cache.
pass(true);
const cold = pass(true);
// Warm: the cache already holds every decision (repeated text).
lexicon.cache.clear();
pass(false);
const warm = pass(false);
// An archive batch: distinct documents, cache emptied once before the first.
const archiveTexts = files.filter((f) => f.endsWith('.eng.txt')).map((f) => readFileSync(f, 'utf8'));
const archiveWords = archiveTexts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
lexicon.cache.clear();
const archiveStart = performance.now();
for (const text of archiveTexts) repairText(text, lexicon, { threshold: 0.8 });
const archive = (performance.now() - archiveStart) / 1000;
const rate = (seconds: number): string => `${seconds.toFixed(2)} s = ${Math.round(words / seconds)} words/s`;
console.log(`lexicon load: ${loadSeconds.toFixed(2)} s; ${lexicon.forms.size} forms; RSS +${Math.round((rssAfter - rssBefore) / 1e6)} MB after load (process ${Math.round(rssAfter / 1e6)} MB)`);
console.log(`${texts.length} texts, ${words} words`);
console.log(`first pass in a fresh process (cold JIT, cache cleared per text): ${rate(firstPass)}`);
console.log(`cold (warm JIT, cache cleared per text):                          ${rate(cold)}`);
console.log(`archive batch (warm JIT, ${archiveTexts.length} distinct documents, ${archiveWords} words, cache kept): ${archive.toFixed(2)} s = ${Math.round(archiveWords / archive)} words/s`);
console.log(`warm (cache filled):                                              ${rate(warm)}`);
