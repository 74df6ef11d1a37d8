// Typesets ground-truth texts in faces the fixtures and the confusion model never used
// (fixtures/ocr-typefaces/README.md), scans them with the fixtures' simulated office scanner
// at 200 and 300 dpi and OCRs them with eng and swe, so eval:repair can tell whether
// repair learned OCR errors in general or those of Helvetica, Times and Courier.
// The faces are files installed on the machine that made the set (fonts-urw-base35,
// fonts-dejavu, fonts-liberation, fonts-noto-mono); only the OCR text is checked in.
//   npx tsx scripts/make-typeface-fixtures.ts [--only NAME]...
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { characterErrorRate } from '../src/text/character-error-rate.ts';
import { degradePage, drawScannerDefects, encodeScanJpeg } from './fixtures/degrade.ts';
import { createFixtureOcr, type OcrLanguage } from './fixtures/ocr.ts';
import { createRandom, seedFromString } from './fixtures/prng.ts';
import { rasterisePdf } from './fixtures/rasterise-pdf.ts';
import { DEFAULT_RULES, type Layout } from './fixtures/layout.ts';
import { readSources, type FixtureSource } from './fixtures/sources.ts';
import { typesetDocument } from './fixtures/typeset.ts';
import { wrapScanPages } from './fixtures/image-pdf.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    out: { type: 'string', default: 'fixtures/ocr-typefaces' },
    sources: { type: 'string', multiple: true },
    'every-face': { type: 'boolean', default: false },
    'pdf-out': { type: 'string' },
    'no-ocr': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: npx tsx scripts/make-typeface-fixtures.ts [--only RENDER-NAME]... [--out DIR] [--sources DIR]... [--every-face] [--pdf-out DIR] [--no-ocr]\n' +
      '  --out DIR      where OUT/sources.txt names the texts and the OCR goes (default fixtures/ocr-typefaces)\n' +
      '  --sources DIR  where the named texts are (default fixtures/segment and fixtures/source; repeatable)\n' +
      '  --every-face   print each text in every face of its kind, the dpi alternating, not in two of them\n' +
      '  --pdf-out DIR  also write each render as a scanned PDF, DIR/first/SOURCE.pdf and DIR/second/SOURCE.pdf (the\n' +
      '                 two renders of each text), for `minutes import DIR/first --out OUT` and `npm run eval:segment -- --pages-from OUT`\n' +
      '  --no-ocr       only typeset and scan (with --pdf-out): no OCR, the set in --out is left as it is\n' +
      '  e.g. training material: --out training/scan-ocr-typefaces --sources training --sources training/docs --every-face\n',
  );
  process.exit(0);
}

interface Face {
  name: string;
  regular: string;
  bold: string;
  /** Fixed-pitch faces stand in for typewriters: they print the sources laid out in a mono font. */
  mono: boolean;
}

const URW = '/usr/share/fonts/opentype/urw-base35';
const DEJAVU = '/usr/share/fonts/truetype/dejavu';
const LIBERATION = '/usr/share/fonts/truetype/liberation';
const NOTO = '/usr/share/fonts/truetype/noto';

// Clones of Helvetica, Times and Courier (Nimbus Sans/Roman/Mono, Liberation Sans/Serif) are left
// out: their glyphs are what the fixtures and the confusion model already know.
const FACES: readonly Face[] = [
  { name: 'bookman', regular: `${URW}/URWBookman-Light.otf`, bold: `${URW}/URWBookman-Demi.otf`, mono: false },
  { name: 'schoolbook', regular: `${URW}/C059-Roman.otf`, bold: `${URW}/C059-Bold.otf`, mono: false },
  { name: 'palatino', regular: `${URW}/P052-Roman.otf`, bold: `${URW}/P052-Bold.otf`, mono: false },
  { name: 'gothic', regular: `${URW}/URWGothic-Book.otf`, bold: `${URW}/URWGothic-Demi.otf`, mono: false },
  { name: 'sans-narrow', regular: `${URW}/NimbusSansNarrow-Regular.otf`, bold: `${URW}/NimbusSansNarrow-Bold.otf`, mono: false },
  { name: 'dejavu-sans', regular: `${DEJAVU}/DejaVuSans.ttf`, bold: `${DEJAVU}/DejaVuSans-Bold.ttf`, mono: false },
  { name: 'dejavu-serif', regular: `${DEJAVU}/DejaVuSerif.ttf`, bold: `${DEJAVU}/DejaVuSerif-Bold.ttf`, mono: false },
  { name: 'liberation-mono', regular: `${LIBERATION}/LiberationMono-Regular.ttf`, bold: `${LIBERATION}/LiberationMono-Bold.ttf`, mono: true },
  { name: 'noto-mono', regular: `${NOTO}/NotoSansMono-Regular.ttf`, bold: `${NOTO}/NotoSansMono-Bold.ttf`, mono: true },
  { name: 'dejavu-mono', regular: `${DEJAVU}/DejaVuSansMono.ttf`, bold: `${DEJAVU}/DejaVuSansMono-Bold.ttf`, mono: true },
];

const DPIS = [200, 300] as const;

interface Render {
  name: string;
  source: FixtureSource;
  face: Face;
  dpi: number;
}

/**
 * Each source is printed twice, once per dpi, in two different faces of its kind, walking
 * round the faces so that every face gets a share of the sources.
 */
function plan(sources: FixtureSource[], everyFace: boolean): Render[] {
  const renders: Render[] = [];
  const next = { mono: 0, proportional: 0 };
  for (const source of sources) {
    const mono = source.layout.font === 'mono';
    const faces = FACES.filter((f) => f.mono === mono);
    if (everyFace) {
      faces.forEach((face, i) => renders.push({ name: `${source.name}.${face.name}-${DPIS[i % DPIS.length]}`, source, face, dpi: DPIS[i % DPIS.length]! }));
      continue;
    }
    for (const dpi of DPIS) {
      const face = faces[next[mono ? 'mono' : 'proportional']++ % faces.length]!;
      renders.push({ name: `${source.name}.${face.name}-${dpi}`, source, face, dpi });
    }
  }
  return renders;
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

interface Scanned {
  render: Render;
  pages: { jpeg: Buffer; dpi: number; widthPx: number; heightPx: number }[];
  ocr: Partial<Record<OcrLanguage, string>>;
}

/**
 * The default layout has stops for two cells, so a third cell ('Deltagare ⇥ name ⇥ town', three
 * signers in a row) would print over the second. Sources with a layout file of their own already
 * say where their columns go; the others get evenly spaced stops after the label column.
 */
function layoutWithRoomForEveryCell(source: FixtureSource): Layout {
  const cells = Math.max(...source.text.split(/[\n\f]/).map((line) => line.split('\t').length));
  if (cells <= 2 || existsSync(join(source.directory, `${source.name}.layout.json`))) return source.layout;
  const columns = { stops: Array.from({ length: cells }, (_, i) => (i === 0 ? 0 : 0.3 + (0.7 * (i - 1)) / (cells - 1))) };
  const signatureRows = DEFAULT_RULES.filter((rule) => rule.style === 'signature-roles').map((rule) => ({ ...rule, columns }));
  return { ...source.layout, columns, rules: [...signatureRows, ...source.layout.rules] };
}

async function scan(render: Render): Promise<Scanned> {
  const { source, face, dpi, name } = render;
  for (const file of [face.regular, face.bold]) if (!existsSync(file)) throw new Error(`${face.name}: ${file} is not installed`);
  const layout = { ...layoutWithRoomForEveryCell(source), fontFiles: { regular: face.regular, bold: face.bold } };
  const typeset = await typesetDocument(source.text, layout, name);
  const pages: Scanned['pages'] = [];
  for (const [index, page] of (await rasterisePdf(typeset.pdf, dpi)).entries()) {
    const random = createRandom(seedFromString(`scan:${name}:${index + 1}`));
    const defects = drawScannerDefects(random, { ...source.layout.scan });
    const scanned = await degradePage(page, defects, random);
    pages.push({ jpeg: await encodeScanJpeg(scanned, defects.jpegQuality), dpi, widthPx: scanned.width, heightPx: scanned.height });
  }
  log(`  ${name}: ${pages.length} page(s)`);
  return { render, pages, ocr: {} };
}

async function main(): Promise<void> {
  const out = resolve(values.out);
  const wanted = readFileSync(join(out, 'sources.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  const directories = values.sources?.length ? values.sources : ['fixtures/segment', 'fixtures/source'];
  const available = new Map(directories.flatMap((d) => readSources(resolve(d))).map((s) => [s.name, s]));
  const sources = wanted.map((name) => {
    const source = available.get(name);
    if (!source) throw new Error(`sources.txt names ${name}, which is in none of ${directories.join(', ')}`);
    return source;
  });
  const only = new Set((values.only ?? []).flatMap((o) => o.split(',')));
  const renders = plan(sources, values['every-face']).filter((r) => only.size === 0 || only.has(r.name));
  log(`typesetting and scanning ${renders.length} render(s) of ${sources.length} source(s)`);
  const scanned: Scanned[] = [];
  for (const render of renders) scanned.push(await scan(render));
  if (values['pdf-out']) await writeScanPdfs(scanned, resolve(values['pdf-out']));
  if (values['no-ocr']) return;
  // One model at a time: the machine is shared and each worker holds ~180 MB.
  for (const language of ['eng', 'swe'] as const) {
    const ocr = await createFixtureOcr(language);
    try {
      for (const doc of scanned) {
        const texts: string[] = [];
        for (const page of doc.pages) texts.push((await ocr.recognise(page.jpeg, page.dpi)).text.trimEnd());
        doc.ocr[language] = `${texts.join('\n\f')}\n`;
        log(`  ${language} ${doc.render.name}`);
      }
    } finally {
      await ocr.terminate();
    }
  }
  mkdirSync(out, { recursive: true });
  const rows = new Map(readManifest(out).map((row) => [row.name, row]));
  for (const doc of scanned) {
    const { render } = doc;
    for (const language of ['eng', 'swe'] as const) writeFileSync(join(out, `${render.name}.${language}.txt`), doc.ocr[language] ?? '');
    const cer = (language: OcrLanguage) => (Math.round(characterErrorRate(render.source.text, doc.ocr[language] ?? '') * 10000) / 10000).toString();
    rows.set(render.name, { name: render.name, source: render.source.name, face: render.face.name, dpi: String(render.dpi), pages: String(doc.pages.length), cer_eng: cer('eng'), cer_swe: cer('swe') });
  }
  const table = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
  writeFileSync(join(out, MANIFEST), `${COLUMNS.join('\t')}\n${table.map((row) => COLUMNS.map((c) => row[c]).join('\t')).join('\n')}\n`);
  log(`wrote ${scanned.length} render(s) to ${out}`);
}

/** The pipeline's input: the first and the second render of each text in folders of their own, named as the text is. */
async function writeScanPdfs(scanned: Scanned[], directory: string): Promise<void> {
  const seen = new Map<string, number>();
  for (const { render, pages } of scanned) {
    const slot = seen.get(render.source.name) ?? 0;
    seen.set(render.source.name, slot + 1);
    const folder = join(directory, slot === 0 ? 'first' : slot === 1 ? 'second' : `render-${slot + 1}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${render.source.name}.pdf`), await wrapScanPages(pages, render.name));
  }
  log(`wrote ${scanned.length} scanned PDF(s) to ${directory}`);
}

const MANIFEST = 'manifest.tsv';
const COLUMNS = ['name', 'source', 'face', 'dpi', 'pages', 'cer_eng', 'cer_swe'] as const;
type ManifestRow = Record<(typeof COLUMNS)[number], string>;

function readManifest(directory: string): ManifestRow[] {
  const path = join(directory, MANIFEST);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.split('\t');
      return Object.fromEntries(COLUMNS.map((c, i) => [c, cells[i] ?? ''])) as ManifestRow;
    });
}

await main();
