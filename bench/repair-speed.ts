// Words per second through repairText once the lexicon is loaded (one core),
// on varied text: every fixture OCR text and the training OCR texts.
//   npx tsx bench/repair-speed.ts
// "cold" = each text repaired with an empty decision cache (never-seen text);
// "warm" = the same texts again with the cache the cold pass filled.
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
const rate = (seconds: number): string => `${seconds.toFixed(2)} s = ${Math.round(words / seconds)} words/s`;
console.log(`lexicon load: ${loadSeconds.toFixed(2)} s; ${lexicon.forms.size} forms; RSS +${Math.round((rssAfter - rssBefore) / 1e6)} MB after load (process ${Math.round(rssAfter / 1e6)} MB)`);
console.log(`${texts.length} texts, ${words} words`);
console.log(`first pass in a fresh process (cold JIT, cache cleared per text): ${rate(firstPass)}`);
console.log(`cold (warm JIT, cache cleared per text):                          ${rate(cold)}`);
console.log(`warm (cache filled):                                              ${rate(warm)}`);
