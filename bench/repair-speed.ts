// Words per second through repairText once the lexicon is loaded (one core).
//   npx tsx bench/repair-speed.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon, repairText } from '../src/repair/index.ts';

const root = join(import.meta.dirname, '..');
const t0 = performance.now();
const lexicon = await loadLexicon({ dictionaries: [] });
const loadSeconds = (performance.now() - t0) / 1000;
const sample = readFileSync(join(root, 'training', 'ocr', 'heldout.eng.txt'), 'utf8');
const text = Array.from({ length: 40 }, () => sample).join('\n');
const words = text.split(/\s+/).filter(Boolean).length;
const cold = performance.now();
repairText(sample, lexicon, { threshold: 0.8 });
const coldSeconds = (performance.now() - cold) / 1000;
const t1 = performance.now();
repairText(text, lexicon, { threshold: 0.8 });
const seconds = (performance.now() - t1) / 1000;
console.log(`lexicon load: ${loadSeconds.toFixed(2)} s; ${lexicon.forms.size} forms`);
console.log(`first pass (cold cache, ${sample.split(/\s+/).length} words): ${coldSeconds.toFixed(2)} s`);
console.log(`repair: ${words} words in ${seconds.toFixed(3)} s = ${Math.round(words / seconds)} words/s`);
