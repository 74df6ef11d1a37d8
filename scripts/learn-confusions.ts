// Learns which characters the OCR models confuse on Swedish text.
// Renders training/train-sv.txt to page images, OCRs them with tesseract.js
// (eng and swe), aligns OCR words to the truth and counts character edits,
// then writes dictionaries/confusions.json. Also renders the held-out text
// (training/heldout-sv.txt) for `npm run eval:repair`, never for learning.
//   npx tsx scripts/learn-confusions.ts [--pages 4]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { createWorker, OEM } from 'tesseract.js';
import { alignChars, alignWords } from '../src/repair/align.ts';

const root = join(import.meta.dirname, '..');
const ocrDir = join(root, 'training', 'ocr');
const fonts = ['DejaVu Serif', 'DejaVu Sans'];
const pageWidth = 2480;
const fontSize = 42;
const lineHeight = 64;
const charsPerLine = 78;
const linesPerPage = 48;

function wrap(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter(Boolean)) {
      if (line && line.length + 1 + word.length > charsPerLine) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function renderPage(lines: string[], font: string): Promise<Buffer> {
  const height = 200 + lines.length * lineHeight;
  const body = lines
    .map((l, k) => `<text x="150" y="${150 + k * lineHeight}">${escapeXml(l)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pageWidth}" height="${height}"><rect width="100%" height="100%" fill="white"/><g font-family="${font}" font-size="${fontSize}" fill="black">${body}</g></svg>`;
  // A little blur and a coarse resample, as a photocopied archive page would have.
  return sharp(Buffer.from(svg), { density: 300 })
    .greyscale()
    .resize({ width: Math.round(pageWidth * 0.55) })
    .blur(0.6)
    .resize({ width: pageWidth })
    .withMetadata({ density: 300 })
    .png()
    .toBuffer();
}

async function ocrPages(language: 'eng' | 'swe', images: Buffer[]): Promise<string[]> {
  const langPath = join(root, 'node_modules', '@tesseract.js-data', language, '4.0.0_best_int');
  if (!existsSync(join(langPath, `${language}.traineddata.gz`))) throw new Error(`missing ${language} model in ${langPath}`);
  const worker = await createWorker(language, OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
  await worker.setParameters({ tessedit_pageseg_mode: '3' as never, user_defined_dpi: '300' });
  const out: string[] = [];
  for (const image of images) out.push((await worker.recognize(image)).data.text);
  await worker.terminate();
  return out;
}

function paginate(lines: string[], maxPages: number): string[][] {
  const pages: string[][] = [];
  for (let k = 0; k < lines.length && pages.length < maxPages; k += linesPerPage) pages.push(lines.slice(k, k + linesPerPage));
  return pages;
}

async function renderAndOcr(name: string, text: string, maxPages: number): Promise<Record<'eng' | 'swe', string>> {
  const lines = wrap(text);
  const pages = paginate(lines, maxPages);
  const images: Buffer[] = [];
  for (const [k, page] of pages.entries()) images.push(await renderPage(page, fonts[k % fonts.length]!));
  const truth = pages.map((p) => p.join('\n')).join('\n');
  mkdirSync(ocrDir, { recursive: true });
  writeFileSync(join(ocrDir, `${name}.truth.txt`), `${truth}\n`);
  const result = { eng: '', swe: '' };
  for (const language of ['eng', 'swe'] as const) {
    result[language] = (await ocrPages(language, images)).join('\n');
    writeFileSync(join(ocrDir, `${name}.${language}.txt`), result[language]);
  }
  return result;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).map((w) => w.replace(/^[("'”„]+|[)"'”.,:;!?]+$/g, '')).filter(Boolean);
}

const maxPages = Number(process.argv[process.argv.indexOf('--pages') + 1] ?? 4) || 4;
const trainText = readFileSync(join(root, 'training', 'train-sv.txt'), 'utf8');
const heldoutText = readFileSync(join(root, 'training', 'heldout-sv.txt'), 'utf8');

const counts = new Map<string, number>();
const ocrTotals = new Map<string, number>();
const trainOcr = await renderAndOcr('train', trainText, maxPages);
for (const language of ['eng', 'swe'] as const) {
  const truthWords = words(readFileSync(join(ocrDir, 'train.truth.txt'), 'utf8'));
  for (const pair of alignWords(truthWords, words(trainOcr[language]))) {
    if (!pair.truth || !pair.ocr) continue;
    for (const edit of alignChars(pair.truth, pair.ocr)) {
      if (!edit.ocr) continue;
      ocrTotals.set(edit.ocr, (ocrTotals.get(edit.ocr) ?? 0) + 1);
      if (edit.truth === edit.ocr) continue;
      const key = `${edit.ocr}\u0000${edit.truth}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
}
await renderAndOcr('heldout', heldoutText, maxPages);

const learned = [...counts.entries()]
  .map(([key, count]) => {
    const [ocr, truth] = key.split('\u0000') as [string, string];
    return { ocr, truth, count, seen: ocrTotals.get(ocr) ?? count };
  })
  .filter((e) => e.truth.length > 0)
  .sort((a, b) => b.count - a.count);

writeFileSync(
  join(root, 'dictionaries', 'confusions.learned.json'),
  `${JSON.stringify({ source: 'scripts/learn-confusions.ts on training/train-sv.txt', totals: Object.fromEntries(ocrTotals), entries: learned }, null, 1)}\n`,
);
console.log(`learned ${learned.length} edits; top:`);
for (const e of learned.slice(0, 40)) console.log(`  ${e.truth} → ${e.ocr}  ×${e.count} (of ${e.seen} "${e.ocr}")`);
