// One measured run of our in-process pipeline, in its own process so that its
// peak RSS is its own. Prints one JSON object on stdout. Used by bench/run.ts.
import '../src/config/source-maps.ts';
import { availableParallelism } from 'node:os';
import { logger, resolveConfig } from '../src/config/index.ts';
import { limitNativeMemory } from '../src/config/native-memory.ts';
import { createPipelineContext } from '../src/pipeline/context.ts';
import { importBatch } from '../src/pipeline/import-batch.ts';
import { finishedChildrenCpuSeconds } from './child-cpu.ts';

const [outDir, workersArg, ...files] = process.argv.slice(2);
if (!outDir || !workersArg || files.length === 0) {
  console.error('usage: run-pipeline.ts OUT_DIR WORKERS FILE...');
  process.exit(2);
}
const workers = Number(workersArg) || availableParallelism();
limitNativeMemory();
const config = resolveConfig({ ocrWorkers: workers, ocr: 'always' });
const ctx = await createPipelineContext(config, logger);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
// Start the OCR pool before the clock, as a long-running import or worker would have it warm.
const engine = await ctx.ocrEngine();
const cpuBefore = cpuSeconds();
const ocrCpuBefore = engine.ocrProcessUsage().cpuSeconds;
const started = performance.now();
const outcomes = await importBatch(files, ctx, { outDir, overwrite: true });
const seconds = (performance.now() - started) / 1000;
const ocrProcesses = engine.ocrProcessUsage();
const cpuAfter = cpuSeconds();
clearInterval(sampler);
await ctx.close();
const pages = outcomes.reduce((n, o) => n + (o.pages ?? 0), 0);
const failed = outcomes.filter((o) => !o.ok);
process.stdout.write(
  JSON.stringify({
    seconds,
    pages,
    failed: failed.map((f) => `${f.file}: ${f.reason}`),
    stageSeconds: ctx.timings.seconds,
    words: ctx.timings.words,
    cpuSeconds: cpuAfter.own - cpuBefore.own,
    // Native tesseract runs are waited-for children; tesseract.js processes are alive still and report their own CPU.
    childCpuSeconds: cpuAfter.children - cpuBefore.children + ocrProcesses.cpuSeconds - ocrCpuBefore,
    ocrProcessPeakRssMb: ocrProcesses.peakRssMb,
    ocrProcesses: ocrProcesses.processes,
    peakRssMb: Math.round(Math.max(peakRss / 2 ** 20, process.resourceUsage().maxRSS / 1024)),
  }) + '\n',
);

/** CPU time of this process (all threads) and of its finished child processes (native tesseract). */
function cpuSeconds(): { own: number; children: number } {
  const usage = process.cpuUsage();
  return { own: (usage.user + usage.system) / 1e6, children: finishedChildrenCpuSeconds() };
}
