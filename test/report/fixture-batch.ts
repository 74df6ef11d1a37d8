// Builds a review output folder from synthetic pages, so report and review
// tests do not depend on OCR: a rendered raster, NAME.txt, NAME.json and crops.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { type Minutes, MinutesSchema, type RasterImage } from '../../src/domain/index.ts';
import { cropFileName, outputLayout } from '../../src/io/output-layout.ts';
import { cropWord } from '../../src/report/crop.ts';

export interface FixtureCorrection {
  /** 1-based page and line, 0-based word index in that line. */
  page: number;
  line: number;
  word: number;
  /** The OCR's form; the line's word at `word` is the true form shown on the scan. */
  original: string;
  confidence: number;
  applied: boolean;
  reason?: string;
}

export interface FixtureDocument {
  name: string;
  /** Pages of lines of the TRUE text, as printed on the scan. */
  pages: string[][];
  corrections: FixtureCorrection[];
  /** false: no crops (a born-digital page). */
  scanned?: boolean;
  title?: string;
}

const FONT_SIZE = 28;
const CHAR_WIDTH = FONT_SIZE * 0.602; // DejaVu Sans Mono advance
const LINE_HEIGHT = 44;
const MARGIN = 24;

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export async function renderPage(lines: string[]): Promise<RasterImage> {
  const width = Math.ceil(MARGIN * 2 + Math.max(...lines.map((l) => l.length)) * CHAR_WIDTH);
  const height = MARGIN * 2 + lines.length * LINE_HEIGHT;
  const texts = lines
    .map(
      (l, i) =>
        `<text x="${MARGIN}" y="${MARGIN + (i + 1) * LINE_HEIGHT - 12}" font-family="DejaVu Sans Mono" font-size="${FONT_SIZE}" xml:space="preserve">${escapeXml(l)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${texts}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: info.channels as 1, data: new Uint8Array(data), dpi: 300 };
}

function wordStart(line: string, word: number): number {
  let at = 0;
  const words = line.split(' ');
  for (let i = 0; i < word; i += 1) at += words[i]!.length + 1;
  return at;
}

/** Writes one document's outputs as the pipeline would; returns the minutes written. */
export async function writeFixtureDocument(outDir: string, doc: FixtureDocument): Promise<Minutes> {
  const layout = outputLayout(outDir, doc.name);
  const textPages = doc.pages.map((lines) => [...lines]);
  // Corrections go right to left so earlier columns stay valid while the text is rewritten.
  const ordered = [...doc.corrections].sort((a, b) => a.page - b.page || a.line - b.line || b.word - a.word);
  const stored: Minutes['corrections'] = [];
  for (const c of ordered) {
    const trueLine = doc.pages[c.page - 1]![c.line - 1]!;
    const corrected = trueLine.split(' ')[c.word]!;
    if (!c.applied) {
      const current = textPages[c.page - 1]![c.line - 1]!;
      const at = wordStart(current, c.word);
      textPages[c.page - 1]![c.line - 1] = current.slice(0, at) + c.original + current.slice(at + corrected.length);
    }
    stored.push({
      page: c.page,
      line: c.line,
      column: 0,
      original: c.original,
      corrected,
      confidence: c.confidence,
      reason: c.reason ?? `lexicon: ${c.original} is unknown, ${corrected} is a word`,
      evidence: 'lexicon',
      applied: c.applied,
    });
  }
  for (const s of stored) {
    const c = ordered[stored.indexOf(s)]!;
    s.column = wordStart(textPages[c.page - 1]![c.line - 1]!, c.word) + 1;
  }
  if (doc.scanned !== false) {
    await mkdir(layout.cropsDir, { recursive: true });
    for (const [p, lines] of doc.pages.entries()) {
      const image = await renderPage(lines);
      for (const [i, s] of stored.entries()) {
        const c = ordered[i]!;
        if (c.page !== p + 1) continue;
        const x0 = MARGIN + wordStart(lines[c.line - 1]!, c.word) * CHAR_WIDTH;
        const yBase = MARGIN + c.line * LINE_HEIGHT - 12;
        const bbox = {
          x0: Math.floor(x0),
          x1: Math.ceil(x0 + s.corrected.length * CHAR_WIDTH),
          y0: Math.floor(yBase - FONT_SIZE * 0.78),
          y1: Math.ceil(yBase + FONT_SIZE * 0.24),
        };
        const crop = await cropWord(image, bbox);
        await writeFile(join(layout.cropsDir, cropFileName(s.page, s.line, s.column, crop.mime)), crop.data);
      }
    }
  }
  stored.sort((a, b) => a.page - b.page || a.line - b.line || a.column - b.column);
  const applied = stored.filter((s) => s.applied).length;
  const tokens = doc.pages.flat().join(' ').split(' ').length;
  const minutes = MinutesSchema.parse({
    schemaVersion: '1',
    source: { file: `${doc.name}.pdf`, sha256: 'a'.repeat(64), pages: doc.pages.length },
    documentType: 'protokoll',
    title: doc.title ?? textPages[0]![0],
    attendees: [],
    absent: [],
    adjusters: [],
    items: [{ number: '1', title: textPages[0]![0]!, text: textPages.flat().slice(1).join('\n'), decisions: [] }],
    signatures: [],
    corrections: stored,
    quality: { meanOcrConfidence: doc.scanned === false ? null : 0.87, tokens, corrected: applied, flagged: stored.length - applied, unknown: 2 },
  });
  await writeFile(layout.text, textPages.map((lines) => lines.join('\n')).join('\f'));
  await writeFile(layout.json, JSON.stringify(minutes, null, 2) + '\n');
  return minutes;
}

/** Three documents with applied and flagged corrections, a length-changing one, and an error series aret → året × 3. */
export const STANDARD_BATCH: FixtureDocument[] = [
  {
    name: 'Protokoll KS 2023-05-16',
    pages: [
      [
        'Protokoll kommunstyrelsen',
        'Ordförande Anna Sjöström förklarar mötet öppnat',
        'Budget för året godkändes av styrelsen',
      ],
      ['Nästa möte i början av året i Haninge', 'Vid protokollet Per-Olof Mörk'],
    ],
    corrections: [
      { page: 1, line: 2, word: 2, original: 'Sj6strom', confidence: 0.93, applied: true },
      { page: 1, line: 2, word: 3, original: 'foérklarar', confidence: 0.55, applied: false },
      { page: 1, line: 3, word: 2, original: 'aret', confidence: 0.88, applied: true },
      { page: 2, line: 1, word: 5, original: 'aret', confidence: 0.86, applied: true },
      { page: 2, line: 2, word: 3, original: 'Mork', confidence: 0.42, applied: false },
    ],
  },
  {
    name: 'Minnesanteckningar kultur',
    pages: [['Minnesanteckningar kulturchefer', 'Överskott för året redovisades', 'Välkomna till äldreomsorgen']],
    corrections: [
      { page: 1, line: 2, word: 0, original: 'Gverskott', confidence: 0.71, applied: false },
      { page: 1, line: 2, word: 2, original: 'aret', confidence: 0.9, applied: true },
      { page: 1, line: 3, word: 0, original: 'Vilkomna', confidence: 0.64, applied: false },
    ],
  },
  {
    name: 'Kallelse nämnd',
    pages: [['Kallelse till sammanträde', 'Ärenden enligt föredragningslistan']],
    corrections: [{ page: 1, line: 2, word: 0, original: 'Arenden', confidence: 0.81, applied: true }],
  },
];

/** A document whose text, name and reasons are hostile HTML. */
export const HOSTILE_BATCH: FixtureDocument[] = [
  {
    name: 'xss "><img src=x onerror=alert(1)>',
    pages: [['Rubrik <script>alert(1)</script> slut', 'Namn "><img src=x onerror=alert(2)> här']],
    corrections: [
      {
        page: 1,
        line: 1,
        word: 1,
        original: '<script>alert(3)</script>',
        confidence: 0.3,
        applied: true,
        reason: '"><img src=x onerror=alert(4)><script>alert(5)</script>',
      },
      { page: 1, line: 2, word: 1, original: '"><img', confidence: 0.4, applied: false, reason: '</script><script>alert(6)</script>' },
    ],
  },
];

export async function makeFixtureBatch(
  documents: FixtureDocument[] = STANDARD_BATCH,
  failures: { file: string; reason: string }[] = [{ file: 'trasig.pdf', reason: 'damaged PDF: no cross-reference table' }],
): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'minutes-report-'));
  for (const doc of documents) await writeFixtureDocument(outDir, doc);
  await writeFile(join(outDir, 'failed.json'), JSON.stringify(failures, null, 2));
  return outDir;
}
