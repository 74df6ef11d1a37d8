// Typesets the Swedish minutes in fixtures/source, scans them with a simulated office
// scanner, wraps the scans as image-only PDFs and OCRs them with tesseract.js's eng and
// swe models. See fixtures/README.md. Deterministic: run it twice, get the same files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MinutesSchema, type RasterImage } from '../src/domain/index.ts';
import { characterErrorRate } from '../src/text/character-error-rate.ts';
import { degradePage, drawScannerDefects, encodeScanJpeg } from './fixtures/degrade.ts';
import { wrapScanPages, type ScanPage } from './fixtures/image-pdf.ts';
import { createFixtureOcr, type OcrLanguage, type PageOcr } from './fixtures/ocr.ts';
import { createRandom, seedFromString } from './fixtures/prng.ts';
import { rasterisePdf } from './fixtures/rasterise-pdf.ts';
import { readSources, type FixtureSource } from './fixtures/sources.ts';
import { typesetDocument } from './fixtures/typeset.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', multiple: true },
    only: { type: 'string', multiple: true },
    out: { type: 'string', default: 'fixtures' },
    'no-ocr': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(
    'usage: npm run fixtures -- [--sources DIR]... [--only NAME]... [--out DIR] [--no-ocr]\n' +
      '  --sources DIR  typeset every DIR/NAME.txt (default fixtures/source; repeatable)\n' +
      '  --only NAME    only these sources (repeatable, or comma-separated)\n' +
      '  --no-ocr       typeset and scan only; skip OCR, the archive PDF and the CER table\n',
  );
  process.exit(0);
}

const out = resolve(values.out);
const sourceDirectories = values.sources?.length ? values.sources : [join(out, 'source')];
const only = new Set((values.only ?? []).flatMap((o) => o.split(',')).map((o) => o.trim()).filter(Boolean));

interface ScannedSource {
  source: FixtureSource;
  bornDigital: Buffer;
  printedPages: string[][];
  pages: ScanPage[];
  /** Page 1 before JPEG encoding, with its quality, for the turned copies. */
  firstPage: { image: RasterImage; quality: number } | null;
  ocr: Partial<Record<OcrLanguage, PageOcr[]>>;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function writeOutput(relative: string, data: string | Uint8Array): void {
  const path = join(out, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, data);
}

async function scanSource(source: FixtureSource): Promise<ScannedSource> {
  if (source.minutes !== null) MinutesSchema.parse(source.minutes);
  const typeset = await typesetDocument(source.text, source.layout, source.name);
  if (typeset.overflowedPages.length > 0) log(`  ${source.name}: source page(s) ${typeset.overflowedPages.join(', ')} ran over`);
  const random = createRandom(seedFromString(`scan:${source.name}`));
  const dpi = source.layout.scan.dpi ?? (random() < 0.5 ? 200 : 300);
  const clean = await rasterisePdf(typeset.pdf, dpi);
  const pages: ScanPage[] = [];
  let firstPage: ScannedSource['firstPage'] = null;
  for (const [index, page] of clean.entries()) {
    const pageRandom = createRandom(seedFromString(`scan:${source.name}:${index + 1}`));
    const defects = drawScannerDefects(pageRandom, source.layout.scan);
    const scanned = await degradePage(page, defects, pageRandom);
    const jpeg = await encodeScanJpeg(scanned, defects.jpegQuality);
    pages.push({ jpeg, widthPx: scanned.width, heightPx: scanned.height, dpi });
    if (index === 0 && source.layout.outputs.includes('rotated')) firstPage = { image: scanned, quality: defects.jpegQuality };
    log(`  ${source.name} p${index + 1}: ${dpi} dpi, skew ${defects.skewDegrees}°, noise ${defects.noise}, q${defects.jpegQuality}, ${Math.round(jpeg.length / 1024)} KB`);
  }
  return { source, bornDigital: typeset.pdf, printedPages: typeset.printedPages, pages, firstPage, ocr: {} };
}

/** One model at a time over every page: the machine is shared and each worker holds ~180 MB. */
async function ocrAll(scanned: ScannedSource[], language: OcrLanguage): Promise<void> {
  const ocr = await createFixtureOcr(language);
  try {
    for (const doc of scanned) {
      const pages: PageOcr[] = [];
      for (const page of doc.pages) pages.push(await ocr.recognise(page.jpeg, page.dpi));
      doc.ocr[language] = pages;
      log(`  ${language} ${doc.source.name}: ${pages.length} page(s)`);
    }
  } finally {
    await ocr.terminate();
  }
}

async function writeOutputs(doc: ScannedSource): Promise<void> {
  const { name, layout } = doc.source;
  writeOutput(`printed/${name}.txt`, `${doc.printedPages.map((lines) => lines.join('\n')).join('\n\f')}\n`);
  writeOutput(`build/${name}.scan.pdf`, await wrapScanPages(doc.pages, name));
  for (const output of layout.outputs) {
    if (output === 'scan') writeOutput(`scans/${name}.pdf`, await wrapScanPages(doc.pages, name));
    if (output === 'born-digital') writeOutput(`scans/${name}.pdf`, doc.bornDigital);
    if (output === 'archive') {
      const eng = doc.ocr.eng;
      if (!eng) continue;
      const pages = doc.pages.map((page, i) => ({ ...page, hiddenText: eng[i]?.lines ?? [] }));
      writeOutput(`scans/${name}.pdf`, await wrapScanPages(pages, name));
    }
    if (output === 'rotated' && doc.firstPage) {
      const { image, quality } = doc.firstPage;
      for (const rotation of [90, 180] as const) {
        const jpeg = await encodeScanJpeg(image, quality, rotation);
        const sideways = rotation === 90;
        const turned: ScanPage = {
          jpeg,
          dpi: image.dpi,
          widthPx: sideways ? image.height : image.width,
          heightPx: sideways ? image.width : image.height,
        };
        writeOutput(`rotated/${name}-${rotation}.pdf`, await wrapScanPages([turned], `${name} turned ${rotation}°`));
      }
    }
  }
  for (const language of ['eng', 'swe'] as const) {
    const pages = doc.ocr[language];
    if (pages) writeOutput(`ocr/${name}.${language}.txt`, `${pages.map((p) => p.text.trimEnd()).join('\n\f')}\n`);
  }
}

async function main(): Promise<void> {
  const sources = sourceDirectories.flatMap((directory) => readSources(resolve(directory)));
  const names = new Set<string>();
  for (const source of sources) {
    if (names.has(source.name)) throw new Error(`two sources are called ${source.name}; rename one`);
    names.add(source.name);
  }
  const selected = sources.filter((s) => only.size === 0 || only.has(s.name));
  if (selected.length === 0) throw new Error(`no sources selected from ${sourceDirectories.join(', ')}`);

  log(`typesetting and scanning ${selected.length} source(s)`);
  const scanned: ScannedSource[] = [];
  for (const source of selected) scanned.push(await scanSource(source));

  if (!values['no-ocr']) {
    for (const language of ['eng', 'swe'] as const) {
      log(`OCR with ${language}`);
      await ocrAll(scanned, language);
    }
  }
  for (const doc of scanned) await writeOutputs(doc);

  if (!values['no-ocr']) {
    const rows = new Map(readCerTable().map((row) => [row.name, row]));
    for (const doc of scanned) {
      const cer = (language: OcrLanguage) => round(characterErrorRate(doc.source.text, (doc.ocr[language] ?? []).map((p) => p.text).join('\n')));
      rows.set(doc.source.name, { name: doc.source.name, pages: doc.pages.length, dpi: doc.pages[0]?.dpi ?? 0, eng: cer('eng'), swe: cer('swe') });
    }
    const table = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
    writeOutput(CER_TABLE, `name\tpages\tdpi\tcer_eng\tcer_swe\n${table.map((r) => `${r.name}\t${r.pages}\t${r.dpi}\t${r.eng}\t${r.swe}`).join('\n')}\n`);
    process.stdout.write(`${'name'.padEnd(52)} pages  dpi  CER eng  CER swe\n`);
    for (const r of table) {
      process.stdout.write(`${r.name.padEnd(52)} ${String(r.pages).padStart(5)} ${String(r.dpi).padStart(4)} ${pct(r.eng)} ${pct(r.swe)}\n`);
    }
  }
}

/** Whitespace-normalised CER of each fixture's OCR against its source, kept across `--only` runs. */
const CER_TABLE = 'ocr/cer.tsv';

interface CerRow {
  name: string;
  pages: number;
  dpi: number;
  eng: number;
  swe: number;
}

function readCerTable(): CerRow[] {
  const path = join(out, CER_TABLE);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const [name = '', pages = '0', dpi = '0', eng = '0', swe = '0'] = line.split('\t');
      return { name, pages: Number(pages), dpi: Number(dpi), eng: Number(eng), swe: Number(swe) };
    });
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function pct(value: number): string {
  return `${(value * 100).toFixed(2)}%`.padStart(8);
}

await main();
