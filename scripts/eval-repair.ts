// Measures repair on held-out OCR: fixtures/ocr/NAME.{eng,swe}.txt against
// fixtures/source/NAME.txt (and fixtures/segment/NAME.txt), or, until the
// fixtures exist, training/ocr/heldout.* (rendered from training/heldout-sv.txt,
// which learning never sees). Prints words, damaged before/after, fixed,
// broken, WER, CER and change precision, per OCR model.
//   npm run eval:repair [-- --threshold 0.8] [-- --train]   (--train: the training pages and training/docs scans, for tuning only)
//   npm run eval:repair -- --calibrate   (training pages: share of right decisions per evidence × confidence bucket)
//   npm run eval:repair -- --only '^unseen3[0-4]'   (only the documents whose name matches the pattern, e.g. the newest round)
// Then the same for fixtures/ocr-typefaces: ground-truth texts printed in faces that neither the
// fixtures nor the confusion model used, reported apart (per face too) so that one set's numbers
// never move the other's.
//   npm run eval:repair -- --typefaces-only   (only that set)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignWords } from '../src/repair/align.ts';
import { editDistance } from '../src/text/edit-distance.ts';
import { loadLexicon, repairText } from '../src/repair/index.ts';

const root = join(import.meta.dirname, '..');
// FIXTURES_DIR points at another fixtures tree (same layout), e.g. a fresh render.
const fixturesDir = process.env.FIXTURES_DIR ?? join(root, 'fixtures');
const threshold = Number(process.argv[process.argv.indexOf('--threshold') + 1]) || 0.8;
const useTrain = process.argv.includes('--train');
const verbose = process.argv.includes('--verbose');
const calibrate = process.argv.includes('--calibrate');
const typefacesOnly = process.argv.includes('--typefaces-only');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? new RegExp(process.argv[onlyAt + 1] ?? '') : undefined;
if (process.argv.includes('--help')) {
  console.log('usage: npm run eval:repair -- [--threshold P] [--train] [--calibrate] [--verbose] [--only REGEX] [--typefaces-only]');
  process.exit(0);
}

interface Sample {
  name: string;
  truth: string;
  ocr: string;
}

function samples(model: 'eng' | 'swe'): Sample[] {
  const ocrDir = join(fixturesDir, 'ocr');
  const out: Sample[] = [];
  if (!useTrain && !calibrate && existsSync(ocrDir)) {
    for (const file of readdirSync(ocrDir)) {
      if (!file.endsWith(`.${model}.txt`)) continue;
      const name = file.slice(0, -`.${model}.txt`.length);
      const truthFile = [join(fixturesDir, 'source', `${name}.txt`), join(fixturesDir, 'segment', `${name}.txt`)].find(existsSync);
      if (truthFile) out.push({ name, truth: readFileSync(truthFile, 'utf8'), ocr: readFileSync(join(ocrDir, file), 'utf8') });
    }
  }
  if (out.length === 0) {
    const split = useTrain || calibrate ? 'train' : 'heldout';
    const dir = join(root, 'training', 'ocr');
    out.push({ name: `training/${split}`, truth: readFileSync(join(dir, `${split}.truth.txt`), 'utf8'), ocr: readFileSync(join(dir, `${split}.${model}.txt`), 'utf8') });
  }
  // Training minutes scanned and OCR'd the way the fixtures are (training/README.md): for tuning only.
  if (useTrain || calibrate) {
    const scanDir = join(root, 'training', 'scan-ocr');
    for (const file of existsSync(scanDir) ? readdirSync(scanDir) : []) {
      if (!file.endsWith(`.${model}.txt`)) continue;
      const name = file.slice(0, -`.${model}.txt`.length);
      const truthFile = join(root, 'training', 'docs', `${name}.txt`);
      if (existsSync(truthFile)) out.push({ name: `training/docs/${name}`, truth: readFileSync(truthFile, 'utf8'), ocr: readFileSync(join(scanDir, file), 'utf8') });
    }
  }
  return only ? out.filter((s) => only.test(s.name)) : out;
}

/** Renders of fixtures/ocr-typefaces, each named by its manifest row; the truth is the text it was printed from. */
function typefaceSamples(model: 'eng' | 'swe'): (Sample & { face: string })[] {
  const directory = join(fixturesDir, 'ocr-typefaces');
  const manifest = join(directory, 'manifest.tsv');
  if (useTrain || calibrate || !existsSync(manifest)) return [];
  const [header = '', ...rows] = readFileSync(manifest, 'utf8').split('\n').filter((line) => line.trim());
  const column = (name: string) => header.split('\t').indexOf(name);
  const out: (Sample & { face: string })[] = [];
  for (const row of rows) {
    const cells = row.split('\t');
    const [name = '', source = '', face = ''] = [cells[column('name')], cells[column('source')], cells[column('face')]];
    const ocrFile = join(directory, `${name}.${model}.txt`);
    const truthFile = [join(fixturesDir, 'segment', `${source}.txt`), join(fixturesDir, 'source', `${source}.txt`)].find(existsSync);
    if (truthFile && existsSync(ocrFile)) out.push({ name, face, truth: readFileSync(truthFile, 'utf8'), ocr: readFileSync(ocrFile, 'utf8') });
  }
  return only ? out.filter((s) => only.test(s.name)) : out;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const normalise = (text: string): string => words(text).join(' ');

interface Tally {
  words: number;
  damagedBefore: number;
  damagedAfter: number;
  fixed: number;
  broken: number;
  changed: number;
  changedRight: number;
  werBefore: number;
  werAfter: number;
  charErrorsBefore: number;
  charErrorsAfter: number;
  chars: number;
}

function evaluate(sample: Sample, repaired: string, tally: Tally, examples: string[]): void {
  const truth = words(sample.truth);
  const before = words(sample.ocr);
  const after = words(repaired);
  // Repair never adds or removes words, so OCR and repaired words pair up one to one.
  const pairs = alignWords(truth, before);
  let k = 0;
  for (const pair of pairs) {
    if (pair.ocr === null) {
      tally.werBefore++;
      tally.werAfter++;
      continue;
    }
    const fixedWord = after[k++]!;
    if (pair.truth === null) {
      tally.werBefore++;
      tally.werAfter++;
      continue;
    }
    tally.words++;
    const okBefore = pair.ocr === pair.truth;
    const okAfter = fixedWord === pair.truth;
    if (!okBefore) tally.damagedBefore++, tally.werBefore++;
    if (!okAfter) tally.damagedAfter++, tally.werAfter++;
    if (!okBefore && okAfter) tally.fixed++;
    if (okBefore && !okAfter) {
      tally.broken++;
      examples.push(`broken: ${pair.truth} → ${fixedWord}`);
    }
    if (fixedWord !== pair.ocr) {
      tally.changed++;
      if (okAfter || editDistance(fixedWord, pair.truth) < editDistance(pair.ocr, pair.truth)) tally.changedRight++;
      else if (!okBefore) examples.push(`wrong: ${pair.ocr} → ${fixedWord} (truth ${pair.truth})`);
    } else if (!okBefore && verbose) examples.push(`missed: ${pair.ocr} (truth ${pair.truth})`);
  }
  const t = normalise(sample.truth);
  tally.chars += [...t].length;
  tally.charErrorsBefore += editDistance(t, normalise(sample.ocr));
  tally.charErrorsAfter += editDistance(t, normalise(repaired));
}

const lexicon = await loadLexicon({ dictionaries: [] });

/**
 * Calibration table: every decision (threshold 0, all applied), judged right
 * when the repaired word equals the truth word, grouped by evidence and confidence.
 */
function calibrationTable(): void {
  const buckets = new Map<string, { right: number; all: number }>();
  for (const model of ['eng', 'swe'] as const) {
    for (const sample of samples(model)) {
      const { text, corrections } = repairText(sample.ocr, lexicon, { threshold: 0 });
      const truth = words(sample.truth);
      const after = words(text);
      // Word index of each correction in the OCR text: count chunks before its offset.
      const lineStarts = [0];
      for (let k = 0; k < sample.ocr.length; k++) if (sample.ocr[k] === '\n') lineStarts.push(k + 1);
      const truthOf = new Map<number, string>();
      let j = 0;
      for (const pair of alignWords(truth, words(sample.ocr))) {
        if (pair.ocr === null) continue;
        if (pair.truth !== null) truthOf.set(j, pair.truth);
        j++;
      }
      for (const c of corrections) {
        if (c.evidence === 'pattern') continue;
        const offset = lineStarts[c.line - 1]! + c.column - 1;
        const index = words(sample.ocr.slice(0, offset + 1)).length - 1;
        const expected = truthOf.get(index);
        if (expected === undefined) continue;
        const bucket = Math.min(9, Math.floor(c.confidence * 10));
        const key = `${c.evidence}\t${(bucket / 10).toFixed(1)}`;
        const b = buckets.get(key) ?? { right: 0, all: 0 };
        b.all++;
        if (after[index] === expected) b.right++;
        buckets.set(key, b);
      }
    }
  }
  console.log('evidence\tconfidence≥\tdecisions\tshare right');
  for (const [key, b] of [...buckets].sort()) console.log(`${key}\t${b.all}\t${((100 * b.right) / b.all).toFixed(0)}%`);
}
if (calibrate) {
  calibrationTable();
  process.exit(0);
}
const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(2)}%`);
const emptyTally = (): Tally => ({ words: 0, damagedBefore: 0, damagedAfter: 0, fixed: 0, broken: 0, changed: 0, changedRight: 0, werBefore: 0, werAfter: 0, charErrorsBefore: 0, charErrorsAfter: 0, chars: 0 });

function printTally(tally: Tally, examples: string[]): void {
  const valid = tally.words - tally.damagedBefore;
  console.log(`  words                 ${tally.words}`);
  console.log(`  damaged before/after  ${tally.damagedBefore} / ${tally.damagedAfter}`);
  console.log(`  fixed                 ${tally.fixed} (${pct(tally.fixed, tally.damagedBefore)} of damaged)`);
  console.log(`  broken                ${tally.broken} (${pct(tally.broken, valid)} of valid words)`);
  console.log(`  WER before/after      ${pct(tally.werBefore, tally.words)} / ${pct(tally.werAfter, tally.words)}`);
  console.log(`  CER before/after      ${pct(tally.charErrorsBefore, tally.chars)} / ${pct(tally.charErrorsAfter, tally.chars)}  (CER ${tally.charErrorsBefore ? `${(100 - (100 * tally.charErrorsAfter) / tally.charErrorsBefore).toFixed(1)}% lower` : 'unchanged'})`);
  console.log(`  change precision      ${pct(tally.changedRight, tally.changed)} (${tally.changed} changes)`);
  for (const e of examples.slice(0, verbose ? 2000 : 15)) console.log(`    ${e}`);
}

for (const model of typefacesOnly ? [] : (['eng', 'swe'] as const)) {
  const tally = emptyTally();
  const examples: string[] = [];
  const list = samples(model);
  for (const sample of list) evaluate(sample, repairText(sample.ocr, lexicon, { threshold }).text, tally, examples);
  console.log(`\n${model} model — ${list.map((s) => s.name).join(', ')} (threshold ${threshold})`);
  printTally(tally, examples);
}

for (const model of ['eng', 'swe'] as const) {
  const list = typefaceSamples(model);
  if (list.length === 0) continue;
  const tally = emptyTally();
  const examples: string[] = [];
  const byFace = new Map<string, Tally>();
  for (const sample of list) {
    const faceTally = byFace.get(sample.face) ?? emptyTally();
    byFace.set(sample.face, faceTally);
    const repaired = repairText(sample.ocr, lexicon, { threshold }).text;
    evaluate(sample, repaired, tally, examples);
    evaluate(sample, repaired, faceTally, []);
  }
  const sources = new Set(list.map((s) => s.name.replace(/\.[^.]*$/, '')));
  console.log(`\nunseen typefaces, ${model} model — ${list.length} renders of ${sources.size} texts in ${byFace.size} faces (threshold ${threshold})`);
  printTally(tally, examples);
  console.log('  face               damaged  fixed    broken  CER before/after');
  for (const [face, t] of [...byFace].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${face.padEnd(18)} ${String(t.damagedBefore).padStart(7)}  ${pct(t.fixed, t.damagedBefore).padStart(7)}  ${String(t.broken).padStart(6)}  ${pct(t.charErrorsBefore, t.chars)} / ${pct(t.charErrorsAfter, t.chars)}`);
  }
}
