// Seconds per A4 page at 300 dpi with 1 and 2 workers, process memory, and the
// cost of the orientation check: `npx tsx scripts/measure-ocr.ts`.
import { createOcrEngine } from '../src/ocr/index.ts';
import { downscaleRaster } from '../src/ocr/raster-transform.ts';
import { startOrientationDetector } from '../src/ocr/tesseract-engine.ts';
import { renderTextPage, SWEDISH_MINUTES_LINES } from '../test/helpers/synthetic-scan.ts';

const lines = Array.from({ length: 42 }, (_, i) => SWEDISH_MINUTES_LINES[i % SWEDISH_MINUTES_LINES.length] ?? '');
const page = await renderTextPage({ lines, width: 2480, height: 3508 });
const mb = () => Math.round(process.memoryUsage().rss / 1e6);

for (const workers of [1, 2]) {
  const before = mb();
  let started = performance.now();
  const engine = await createOcrEngine({ language: 'swe', workers, recycleWorkerAfterPages: 100 });
  const startup = performance.now() - started;
  const singles: number[] = [];
  for (let i = 0; i < 3; i++) {
    started = performance.now();
    await engine.recognise(page, i + 1);
    singles.push((performance.now() - started) / 1000);
  }
  const batch = 4 * workers;
  started = performance.now();
  await Promise.all(Array.from({ length: batch }, (_, i) => engine.recognise(page, i + 1)));
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${workers} worker(s): start ${(startup / 1000).toFixed(2)} s; one page at a time ${singles.map((s) => s.toFixed(2)).join(', ')} s;` +
      ` ${batch} pages at once ${(seconds / batch).toFixed(2)} s/page = ${((batch / seconds) * 60).toFixed(1)} pages/min; RSS ${before} → ${mb()} MB`,
  );
  await engine.close();
}

const detector = await startOrientationDetector();
const small = await downscaleRaster(page, 150);
await detector.detect(small);
const started = performance.now();
for (let i = 0; i < 3; i++) await detector.detect(await downscaleRaster(page, 150));
console.log(`orientation check (downscale to 150 dpi + OSD) on an upright A4 page: ${((performance.now() - started) / 3000).toFixed(2)} s`);
await detector.terminate();
