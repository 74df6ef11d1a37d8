import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RasterImage } from '../../src/domain/index.ts';
import { createOcrEngine } from '../../src/ocr/index.ts';
import { startProcessRecogniser, type ProcessRecogniser } from '../../src/ocr/recogniser-process.ts';
import { startTextRecogniser, type RecognisedText } from '../../src/ocr/tesseract-engine.ts';
import { renderTextPage, SWEDISH_MINUTES_LINES } from '../helpers/synthetic-scan.ts';

const words = (text: RecognisedText) => text.lines.flatMap((line) => line.words.map((w) => `${w.text}@${w.bbox.x0},${w.bbox.y0}`));
/** This process's children that host an OCR engine, from /proc. */
function ocrHostPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
        return Number(stat[1]) === process.pid && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('recogniser-host');
      } catch {
        return false;
      }
    })
    .map(Number);
}
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('OCR in a process of its own', () => {
  let page: RasterImage;
  let recogniser: ProcessRecogniser;

  beforeAll(async () => {
    page = await renderTextPage({ lines: SWEDISH_MINUTES_LINES.slice(0, 4), width: 1600, height: 500 });
    recogniser = await startProcessRecogniser('swe');
  });
  afterAll(async () => {
    await recogniser?.terminate();
  });

  it('reads the same words in the same boxes as a worker thread does', async () => {
    const thread = await startTextRecogniser('swe');
    try {
      const [inProcess, inThread] = await Promise.all([recogniser.recognise(page), thread.recognise(page)]);
      expect(words(inProcess).length).toBeGreaterThan(10);
      expect(words(inProcess)).toEqual(words(inThread));
      expect(inProcess.meanConfidence).toBeCloseTo(inThread.meanConfidence, 5);
    } finally {
      await thread.terminate();
    }
  });

  it('runs in another process and reports that process’s memory and CPU', async () => {
    expect(recogniser.pid).not.toBe(process.pid);
    expect(isAlive(recogniser.pid)).toBe(true);
    await recogniser.recognise(page);
    expect(recogniser.usage.peakRssMb).toBeGreaterThan(50);
    expect(recogniser.usage.cpuSeconds).toBeGreaterThan(0);
  });

  it('fails only the page whose process was killed, with a reason, and reads the next page in a new process', async () => {
    const engine = await createOcrEngine({ language: 'swe', workers: 1, recycleWorkerAfterPages: 50, detectOrientation: false });
    try {
      await engine.recognise(page, 1);
      expect(engine.ocrProcessUsage().processes).toBe(1);
      const hosts = ocrHostPids().filter((pid) => pid !== recogniser.pid);
      expect(hosts).toHaveLength(1);
      const host = hosts[0];
      const reading = engine.recognise(page, 2);
      process.kill(host!, 'SIGKILL');
      await expect(reading).rejects.toThrow(/OCR process ended \(SIGKILL\)|could not reach the OCR process/);
      const next = await engine.recognise(page, 3);
      expect(next.page.lines.length).toBeGreaterThan(2);
      expect(engine.ocrProcessUsage().processes).toBe(2);
    } finally {
      await engine.close();
    }
  });

  it('restarts an OCR process that has grown past its memory limit before the next page', async () => {
    const engine = await createOcrEngine({
      language: 'swe',
      workers: 1,
      recycleWorkerAfterPages: 50,
      recycleWorkerAboveMb: 1,
      detectOrientation: false,
    });
    try {
      for (let n = 1; n <= 3; n++) expect((await engine.recognise(page, n)).page.lines.length).toBeGreaterThan(2);
      // Started by the warm-up, then again for pages 2 and 3, each time the last page left it past 1 MB.
      expect(engine.ocrProcessUsage().processes).toBe(3);
    } finally {
      await engine.close();
    }
  });

  it('leaves no process behind when terminated', async () => {
    const short = await startProcessRecogniser('swe');
    const pid = short.pid;
    await short.terminate();
    expect(isAlive(pid)).toBe(false);
  });
});
