// `npm run bench`: end-to-end pages per minute, seconds per stage, peak RSS and
// repair words per second; and, when installed, the same pages through OCRmyPDF
// and native tesseract in the same run. Writes bench/results.json.
//
//   npm run bench -- [--pages N] [--workers N] [--scaling] [--no-compare]
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import pLimit from 'p-limit';
import { writeFileAtomic } from '../src/io/atomic-write.ts';
import { loadLexicon, repairText } from '../src/repair/index.ts';
import { finishedChildrenCpuSeconds } from './child-cpu.ts';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    pages: { type: 'string', default: '12' },
    workers: { type: 'string', default: String(availableParallelism()) },
    scaling: { type: 'boolean', default: false },
    'no-compare': { type: 'boolean', default: false },
  },
});
const pageTarget = Math.max(1, Number(args.pages));
const workers = Math.max(1, Number(args.workers));

/** Every page of every scanned fixture, each a single-page PDF (so OCRmyPDF and tesseract see the same pages). */
async function scannedFixturePages(): Promise<{ name: string; bytes: Uint8Array }[]> {
  const dirs = ['fixtures/scans', 'fixtures/bench'];
  const pages: { name: string; bytes: Uint8Array }[] = [];
  for (const dir of dirs) {
    let names: string[] = [];
    try {
      names = (await readdir(join(root, dir))).filter((n) => n.toLowerCase().endsWith('.pdf')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const source = await PDFDocument.load(await readFile(join(root, dir, name)), { ignoreEncryption: true });
      for (let i = 0; i < source.getPageCount(); i++) {
        const page = source.getPage(i);
        const ops = page.node.Contents()?.toString() ?? '';
        // A scanned page draws one image; a born-digital page has text operators.
        if (ops.includes('BT') && !ops.includes(' Do')) continue;
        const single = await PDFDocument.create();
        const [copied] = await single.copyPages(source, [i]);
        single.addPage(copied!);
        pages.push({ name: `${name.replace(/\.pdf$/i, '')}-p${i + 1}`, bytes: await single.save() });
      }
    }
  }
  if (pages.length === 0) throw new Error('no scanned fixture pages found: run `npm run fixtures` first');
  return pages;
}

/** Concatenates `count` pages, cycling through the fixtures, into one PDF. */
async function longDocument(pages: { bytes: Uint8Array }[], count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const sources = await Promise.all(pages.map((p) => PDFDocument.load(p.bytes)));
  for (let i = 0; i < count; i++) {
    const [copied] = await doc.copyPages(sources[i % sources.length]!, [0]);
    doc.addPage(copied!);
  }
  return doc.save();
}

interface OursResult {
  seconds: number;
  pages: number;
  failed: string[];
  stageSeconds: Record<string, number>;
  words: number;
  peakRssMb: number;
  /** Peak RSS of the largest tesseract.js OCR process (0 when OCR ran in the pipeline process), and how many ran. */
  ocrProcessPeakRssMb: number;
  ocrProcesses: number;
  /** CPU of the pipeline process (all its threads) and of its child processes (native tesseract). */
  cpuSeconds: number;
  childCpuSeconds: number;
}

function runOurs(outDir: string, files: string[], workerCount: number, engine: 'tesseract.js' | 'native' = 'tesseract.js'): Promise<OursResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/run-pipeline.ts'), outDir, String(workerCount), ...files], {
      cwd: root,
      env: { ...process.env, MINUTES_LOG_LEVEL: 'error', MINUTES_OCR_ENGINE: engine },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as OursResult) : reject(new Error(`pipeline exited ${code}`))));
  });
}

async function has(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

async function timeOcrmypdf(files: string[], dir: string): Promise<number | null> {
  if (!(await has('ocrmypdf'))) return null;
  const started = performance.now();
  for (const file of files) {
    await run('ocrmypdf', ['-l', 'swe', '--jobs', String(workers), '--output-type', 'pdf', '-O0', '--force-ocr', '-q', file, join(dir, 'ocrmypdf-' + file.split('/').pop())], {
      maxBuffer: 1 << 26,
    });
  }
  return (performance.now() - started) / 1000;
}

async function timeNativeTesseract(files: string[], dir: string): Promise<{ seconds: number; cpuSeconds: number } | null> {
  if (!(await has('tesseract')) || !(await has('pdfimages'))) return null;
  const images = join(dir, 'images');
  await mkdir(images, { recursive: true });
  const cpuBefore = finishedChildrenCpuSeconds();
  const started = performance.now();
  // The fastest way to run it here: one thread per process, one process per core.
  const limit = pLimit(workers);
  await Promise.all(
    files.map((file, i) =>
      limit(async () => {
        await run('pdfimages', ['-j', file, join(images, `f${i}`)]);
        const extracted = (await readdir(images)).filter((n) => n.startsWith(`f${i}-`));
        for (const image of extracted) {
          await run('tesseract', [join(images, image), 'stdout', '-l', 'swe', '--psm', '3'], {
            env: { ...process.env, OMP_THREAD_LIMIT: '1' },
            maxBuffer: 1 << 26,
          });
        }
      }),
    ),
  );
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: finishedChildrenCpuSeconds() - cpuBefore };
}

/**
 * Repair alone on one core, on every fixture and training OCR text. "cold": each text with an
 * empty decision cache (never-seen text, JIT warmed by two passes); "warm": the cache filled.
 */
async function repairWordsPerSecond(): Promise<{ coldWordsPerSecond: number; warmWordsPerSecond: number; lexiconLoadSeconds: number }> {
  const loadStarted = performance.now();
  const lexicon = await loadLexicon({ dictionaries: [] });
  const lexiconLoadSeconds = (performance.now() - loadStarted) / 1000;
  const texts: string[] = [];
  for (const dir of ['fixtures/ocr', 'training/ocr']) {
    try {
      for (const name of (await readdir(join(root, dir))).filter((n) => n.endsWith('.txt'))) texts.push(await readFile(join(root, dir, name), 'utf8'));
    } catch {
      // a folder that is not there adds nothing
    }
  }
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const pass = (clear: boolean) => {
    const started = performance.now();
    for (const text of texts) {
      if (clear) lexicon.cache.clear();
      repairText(text, lexicon, { threshold: 0.8 });
    }
    return (performance.now() - started) / 1000;
  };
  pass(true);
  pass(true);
  const cold = pass(true);
  const warm = pass(false);
  return { coldWordsPerSecond: Math.round(words / cold), warmWordsPerSecond: Math.round(words / warm), lexiconLoadSeconds };
}

const ppm = (pages: number, seconds: number) => (seconds > 0 ? (pages / seconds) * 60 : 0);
const fmt = (n: number | null | undefined, digits = 1) => (n == null ? 'n/a' : n.toFixed(digits));

const work = await mkdtemp(join(tmpdir(), 'minutes-bench-'));
try {
  const fixturePages = await scannedFixturePages();
  const inputDir = join(work, 'in');
  await mkdir(inputDir);
  const files: string[] = [];
  for (let i = 0; i < pageTarget; i++) {
    const page = fixturePages[i % fixturePages.length]!;
    const file = join(inputDir, `${String(i + 1).padStart(4, '0')}-${page.name}.pdf`);
    await writeFile(file, page.bytes);
    files.push(file);
  }
  console.error(`bench: ${files.length} pages from ${fixturePages.length} distinct scanned fixture pages, ${workers} workers`);

  const ours = await runOurs(join(work, 'out'), files, workers);
  const ours1 = workers > 1 ? await runOurs(join(work, 'out1'), files.slice(0, Math.max(2, Math.ceil(files.length / 2))), 1) : null;
  const compare = !args['no-compare'];
  // The optional engine (`--engine native`): the same pipeline with an installed tesseract binary reading.
  const oursNative = compare && (await has('tesseract')) ? await runOurs(join(work, 'out-native'), files, workers, 'native') : null;
  const ocrmypdfSeconds = compare ? await timeOcrmypdf(files, work) : null;
  const nativeRun = compare ? await timeNativeTesseract(files, work) : null;
  const tesseractSeconds = nativeRun?.seconds ?? null;
  const repair = await repairWordsPerSecond();

  let scaling: { pages: number; seconds: number; secondsPerPage: number; peakRssMb: number }[] | null = null;
  if (args.scaling) {
    scaling = [];
    for (const count of [1, 10, 200]) {
      const file = join(work, `long-${count}.pdf`);
      await writeFile(file, await longDocument(fixturePages, count));
      const r = await runOurs(join(work, `out-long-${count}`), [file], workers);
      scaling.push({ pages: count, seconds: r.seconds, secondsPerPage: r.seconds / count, peakRssMb: r.peakRssMb });
    }
  }

  const oursPpm = ppm(ours.pages, ours.seconds);
  const results = {
    date: new Date().toISOString(),
    machine: { cores: availableParallelism(), node: process.version },
    pages: ours.pages,
    workers,
    ours: {
      pagesPerMinute: oursPpm,
      pagesPerMinuteOneWorker: ours1 ? ppm(ours1.pages, ours1.seconds) : null,
      secondsPerPageByStage: Object.fromEntries(Object.entries(ours.stageSeconds).map(([k, v]) => [k, v / Math.max(1, ours.pages)])),
      peakRssMb: ours.peakRssMb,
      ocrProcessPeakRssMb: ours.ocrProcessPeakRssMb,
      ocrProcesses: ours.ocrProcesses,
      peakRssMbOneWorker: ours1?.peakRssMb ?? null,
      cpuSecondsPerPage: (ours.cpuSeconds + ours.childCpuSeconds) / Math.max(1, ours.pages),
      failed: ours.failed,
    },
    oursNativeEngine: oursNative
      ? {
          pagesPerMinute: ppm(oursNative.pages, oursNative.seconds),
          secondsPerPageByStage: Object.fromEntries(Object.entries(oursNative.stageSeconds).map(([k, v]) => [k, v / Math.max(1, oursNative.pages)])),
          peakRssMb: oursNative.peakRssMb,
          cpuSecondsPerPage: (oursNative.cpuSeconds + oursNative.childCpuSeconds) / Math.max(1, oursNative.pages),
          pipelineCpuSecondsPerPage: oursNative.cpuSeconds / Math.max(1, oursNative.pages),
          ratioToNativeTesseract: tesseractSeconds == null ? null : ppm(oursNative.pages, oursNative.seconds) / ppm(files.length, tesseractSeconds),
          cpuRatioToNativeTesseract:
            nativeRun == null || nativeRun.cpuSeconds === 0 ? null : nativeRun.cpuSeconds / (oursNative.cpuSeconds + oursNative.childCpuSeconds),
          failed: oursNative.failed,
        }
      : null,
    ocrmypdf: ocrmypdfSeconds == null ? null : { pagesPerMinute: ppm(files.length, ocrmypdfSeconds), ratio: oursPpm / ppm(files.length, ocrmypdfSeconds) },
    nativeTesseract:
      tesseractSeconds == null
        ? null
        : { pagesPerMinute: ppm(files.length, tesseractSeconds), ratio: oursPpm / ppm(files.length, tesseractSeconds), cpuSecondsPerPage: nativeRun!.cpuSeconds / files.length },
    repair,
    scaling,
  };
  await writeFileAtomic(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');

  const rows: [string, string][] = [
    ['pages', String(ours.pages)],
    [`pages/min end to end (${workers} workers)`, fmt(oursPpm)],
    ['pages/min end to end (1 worker)', fmt(results.ours.pagesPerMinuteOneWorker)],
    ...Object.entries(results.ours.secondsPerPageByStage).map(([k, v]): [string, string] => [`  s/page ${k}`, fmt(v, 3)]),
    ['peak RSS, pipeline process (MB)', String(ours.peakRssMb)],
    [`peak RSS, largest of ${ours.ocrProcesses} OCR processes (MB)`, String(ours.ocrProcessPeakRssMb)],
    ['peak RSS, 1-worker process (MB)', fmt(results.ours.peakRssMbOneWorker, 0)],
    ['repair words/s, never-seen text (one core)', String(repair.coldWordsPerSecond)],
    ['repair words/s, repeated text (one core)', String(repair.warmWordsPerSecond)],
    ['lexicon load (s)', fmt(repair.lexiconLoadSeconds, 2)],
    ['OCRmyPDF pages/min', fmt(results.ocrmypdf?.pagesPerMinute)],
    ['  ours ÷ OCRmyPDF', fmt(results.ocrmypdf?.ratio, 2)],
    ['CPU s/page, ours (all threads)', fmt(results.ours.cpuSecondsPerPage, 2)],
    ['native tesseract pages/min (1 thread × cores)', fmt(results.nativeTesseract?.pagesPerMinute)],
    ['  CPU s/page, native tesseract', fmt(results.nativeTesseract?.cpuSecondsPerPage, 2)],
    ['  ours ÷ native tesseract', fmt(results.nativeTesseract?.ratio, 2)],
    ['ours with --engine native: pages/min', fmt(results.oursNativeEngine?.pagesPerMinute)],
    ['  CPU s/page (pipeline + tesseract processes)', fmt(results.oursNativeEngine?.cpuSecondsPerPage, 2)],
    ['  CPU s/page of the pipeline process alone', fmt(results.oursNativeEngine?.pipelineCpuSecondsPerPage, 2)],
    ['  peak RSS, pipeline process (MB)', fmt(results.oursNativeEngine?.peakRssMb, 0)],
    ['  ÷ native tesseract, pages/min', fmt(results.oursNativeEngine?.ratioToNativeTesseract, 2)],
    ['  ÷ native tesseract, CPU per page (load-independent)', fmt(results.oursNativeEngine?.cpuRatioToNativeTesseract, 2)],
    ...(scaling ?? []).map((s): [string, string] => [`${s.pages}-page document`, `${fmt(s.seconds)} s, ${fmt(s.secondsPerPage, 2)} s/page, ${s.peakRssMb} MB`]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
  console.log('\nwrote bench/results.json');
} finally {
  await rm(work, { recursive: true, force: true });
}
