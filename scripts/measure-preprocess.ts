// Measures CER and time of each preprocessing variant on synthetic degraded scans:
// `npx tsx scripts/measure-preprocess.ts`. Decides which steps preprocessPage keeps.
import { pageText, type RasterImage } from '../src/domain/index.ts';
import { binarise } from '../src/preprocess/binarise.ts';
import { toGrayscale } from '../src/preprocess/grayscale.ts';
import { medianFilter } from '../src/preprocess/median-filter.ts';
import { noiseLevel } from '../src/preprocess/noise-level.ts';
import { startTextRecogniser } from '../src/ocr/tesseract-engine.ts';
import { characterErrorRate } from '../src/text/character-error-rate.ts';
import { degrade, renderTextPage, SWEDISH_MINUTES_LINES, type DegradeOptions } from '../test/helpers/synthetic-scan.ts';
import sharp from 'sharp';

const reference = SWEDISH_MINUTES_LINES.join('\n');
const levels: Record<string, DegradeOptions> = {
  clean: {},
  light: { grain: 8, speckDensity: 0.0002, blur: 0.5, jpegQuality: 80 },
  medium: { grain: 15, speckDensity: 0.0008, blur: 0.7, jpegQuality: 70 },
  heavy: { grain: 25, speckDensity: 0.002, blur: 0.8, jpegQuality: 60 },
  severe: { grain: 40, speckDensity: 0.004, blur: 1.0, jpegQuality: 50 },
};

async function normalise(image: RasterImage): Promise<RasterImage> {
  const data = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 1 } })
    .normalise()
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { ...image, data: new Uint8Array(data) };
}

const variants: Record<string, (image: RasterImage) => Promise<RasterImage>> = {
  none: async (image) => image,
  normalise: normalise,
  median3: (image) => medianFilter(image, 3),
  otsu: async (image) => binarise(image),
  'median3+otsu': async (image) => binarise(await medianFilter(image, 3)),
  median5: (image) => medianFilter(image, 5),
  'median5+otsu': async (image) => binarise(await medianFilter(image, 5)),
};

const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const pick = args.find((a) => a.startsWith('--variants='))?.slice(11).split(',');
const fontSizePx = Number(args.find((a) => a.startsWith('--font-px='))?.slice(10) ?? 46);
const recogniser = await startTextRecogniser('swe');
await recogniser.recognise(await renderTextPage({ lines: ['Uppvärmning'], width: 600, height: 200 }));
const base = await renderTextPage({ fontSizePx });
for (const [level, options] of Object.entries(levels)) {
  if (only.length > 0 && !only.includes(level)) continue;
  const scan = toGrayscale(await degrade(base, options));
  let started = performance.now();
  const noise = noiseLevel(scan);
  const noiseMs = performance.now() - started;
  for (const [name, variant] of Object.entries(variants)) {
    if (pick && !pick.includes(name)) continue;
    started = performance.now();
    const prepared = await variant(scan);
    const prepMs = performance.now() - started;
    started = performance.now();
    const text = await recogniser.recognise(prepared);
    const ocrMs = performance.now() - started;
    const page = { number: 1, width: 0, height: 0, lines: text.lines, source: 'ocr' as const, rotation: 0, notes: [] };
    const cer = characterErrorRate(reference, pageText(page));
    console.log(
      [level, `noise=${noise.toFixed(2)} (${noiseMs.toFixed(0)} ms)`, name, `cer=${(cer * 100).toFixed(2)}%`, `conf=${text.meanConfidence.toFixed(2)}`, `prep=${prepMs.toFixed(0)}ms`, `ocr=${ocrMs.toFixed(0)}ms`].join('\t'),
    );
  }
}
await recogniser.terminate();
