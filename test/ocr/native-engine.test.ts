import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type RasterImage } from '../../src/domain/index.ts';
import { createOcrEngine, type OcrEngine } from '../../src/ocr/index.ts';
import { nativeTesseractVersion, parseTesseractTsv } from '../../src/ocr/native-tesseract.ts';
import { characterErrorRate } from '../../src/text/character-error-rate.ts';
import { renderTextPage, SWEDISH_MINUTES_LINES } from '../helpers/synthetic-scan.ts';

const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
  '5\t1\t1\t1\t1\t1\t100\t200\t80\t40\t96.5\tTid',
  '5\t1\t2\t1\t1\t1\t600\t202\t120\t40\t91\tTorsdagen',
  '5\t1\t2\t1\t1\t2\t740\t202\t40\t40\t90\tden',
  '5\t1\t2\t1\t2\t1\t600\t260\t90\t40\t88\tmötet',
  '5\t1\t2\t1\t2\t2\t700\t260\t10\t40\t-1\t ',
].join('\n');

describe('native tesseract TSV', () => {
  it('groups words into lines and numbers blocks from 0 in order of appearance', () => {
    const { lines, meanConfidence } = parseTesseractTsv(TSV);
    expect(lines.map((l) => l.words.map((w) => w.text).join(' '))).toEqual(['Tid', 'Torsdagen den', 'mötet']);
    expect(lines.map((l) => l.block)).toEqual([0, 1, 1]);
    expect(lines[1]!.bbox).toEqual({ x0: 600, y0: 202, x1: 780, y1: 242 });
    expect(lines[0]!.words[0]!.confidence).toBeCloseTo(0.965);
    expect(meanConfidence).toBeCloseTo((0.965 + 0.91 + 0.9 + 0.88) / 4);
  });
});

const hasNative = nativeTesseractVersion() !== null;
if (!hasNative) console.warn('native tesseract not installed: skipping the engine comparison');

describe.skipIf(!hasNative)('native engine beside tesseract.js', () => {
  let wasm: OcrEngine;
  let native: OcrEngine;
  let image: RasterImage;
  beforeAll(async () => {
    [wasm, native] = await Promise.all([
      createOcrEngine({ language: 'swe', workers: 1, recycleWorkerAfterPages: 50, engine: 'tesseract.js' }),
      createOcrEngine({ language: 'swe', workers: 1, recycleWorkerAfterPages: 50, engine: 'native' }),
    ]);
    image = await renderTextPage({ lines: SWEDISH_MINUTES_LINES.slice(0, 6), width: 1800, height: 700 });
  });
  afterAll(async () => {
    await Promise.all([wasm?.close(), native?.close()]);
  });

  it('reads the same text as tesseract.js, because it loads the same model file', async () => {
    const [a, b] = await Promise.all([wasm.recognise(image, 1), native.recognise(image, 1)]);
    expect(characterErrorRate(pageText(a.page), pageText(b.page))).toBeLessThan(0.005);
    expect(b.page.lines.length).toBe(a.page.lines.length);
  });
});
