// Learns which characters the OCR models confuse on Swedish text.
// Renders training/train-sv.txt to page images, OCRs them with tesseract.js
// (eng and swe), aligns OCR words to the truth and counts character edits,
// then writes dictionaries/confusions.json. Also renders the held-out text
// (training/heldout-sv.txt) for `npm run eval:repair`, never for learning.
// Counts too from the training text printed in faces the fixtures never use and
// scanned like them (training/scan-ocr-typefaces, by scripts/make-typeface-fixtures.ts),
// so that the table knows more shapes than two DejaVu faces drawn clean.
//   npx tsx scripts/learn-confusions.ts [--pages 4] [--reuse-ocr]   (--reuse-ocr: count from training/ocr as it is, render nothing)
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

interface EditTally {
  /** `ocr\0truth` → how often the OCR wrote ocr where the text had truth. */
  counts: Map<string, number>;
  /** How often the OCR wrote each string in an aligned edit, right or wrong. */
  totals: Map<string, number>;
  /**
   * How often each letter pair stands in the OCR's words at all: a pair the aligner only
   * cuts out where it was wrong ('é&' for 'ä') would otherwise look wrong every time it is written.
   */
  pairs: Map<string, number>;
  /** `ocr\0truth` → how often the OCR wrote one small plain letter for another, whatever `onlyTruth` says. */
  plain: Map<string, number>;
}

const newTally = (): EditTally => ({ counts: new Map(), totals: new Map(), pairs: new Map(), plain: new Map() });
const PLAIN_LETTER = /^[a-z]$/;
const bump = (map: Map<string, number>, key: string, by = 1): void => void map.set(key, (map.get(key) ?? 0) + by);

/** `onlyTruth`: count only the edits whose true side matches it (totals count every edit). */
function countEdits(tally: EditTally, truth: string, ocr: string, onlyTruth?: RegExp): void {
  for (const pair of alignWords(words(truth), words(ocr))) {
    if (!pair.truth || !pair.ocr) continue;
    const letters = [...pair.ocr];
    for (let k = 0; k + 1 < letters.length; k++) bump(tally.pairs, letters[k]! + letters[k + 1]!);
    for (const edit of alignChars(pair.truth, pair.ocr)) {
      if (!edit.ocr) continue;
      bump(tally.totals, edit.ocr);
      if (edit.truth !== edit.ocr && PLAIN_LETTER.test(edit.ocr) && PLAIN_LETTER.test(edit.truth)) bump(tally.plain, `${edit.ocr}\u0000${edit.truth}`);
      if (edit.truth === edit.ocr || (onlyTruth && !onlyTruth.test(edit.truth))) continue;
      bump(tally.counts, `${edit.ocr}\u0000${edit.truth}`);
    }
  }
}

const clean = newTally();
const reuseOcr = process.argv.includes('--reuse-ocr');
const trainOcr = reuseOcr
  ? { eng: readFileSync(join(ocrDir, 'train.eng.txt'), 'utf8'), swe: readFileSync(join(ocrDir, 'train.swe.txt'), 'utf8') }
  : await renderAndOcr('train', trainText, maxPages);
for (const language of ['eng', 'swe'] as const) countEdits(clean, readFileSync(join(ocrDir, 'train.truth.txt'), 'utf8'), trainOcr[language]);
if (!reuseOcr) await renderAndOcr('heldout', heldoutText, maxPages);

// The scanned pages are noisier than the clean renders, and their other slips (n→m, rn→m) are
// noise for a table whose work is the letters and signs the English model has no glyph for.
const typefaces = newTally();
const typefaceDir = join(root, 'training', 'scan-ocr-typefaces');
const typefaceManifest = join(typefaceDir, 'manifest.tsv');
const typefaceRows = existsSync(typefaceManifest) ? readFileSync(typefaceManifest, 'utf8').split('\n').slice(1).filter((line) => line.trim()) : [];
for (const row of typefaceRows) {
  const [name = '', source = ''] = row.split('\t');
  const truthFile = [join(root, 'training', `${source}.txt`), join(root, 'training', 'docs', `${source}.txt`)].find(existsSync);
  if (!truthFile || source.startsWith('heldout')) throw new Error(`training/scan-ocr-typefaces: ${name} is not printed from training text`);
  for (const language of ['eng', 'swe'] as const) countEdits(typefaces, readFileSync(truthFile, 'utf8'), readFileSync(join(typefaceDir, `${name}.${language}.txt`), 'utf8'), /[åäöÅÄÖ§]/);
}

interface LearnedEdit {
  ocr: string;
  truth: string;
  count: number;
  seen: number;
}
const split = (key: string): [string, string] => key.split('\u0000') as [string, string];
const learned: LearnedEdit[] = [...clean.counts].map(([key, count]) => {
  const [ocr, truth] = split(key);
  return { ocr, truth, count, seen: clean.totals.get(ocr) ?? count };
});
const totals = new Map(clean.totals);

// The scanned faces only add strings the clean renders never misread: where both saw a string,
// pooling the far larger scanned count would move the clean table's tuned odds (a → ä) as well.
// A slip seen once or twice on a noisy page is as likely the aligner's guess as the OCR's habit.
const MIN_TYPEFACE_COUNT = 3;
// The table floors every slip it holds at 0.2 %: one not well above that only adds risk ('S' for 'ö' made 'KS' 'KÖ').
const MIN_TYPEFACE_SHARE = 0.005;
// Two plain letters ('id', 'da' for 'ä') stand in countless valid words, where a learned slip
// offers a reading with ä in each ('bidra' -> 'bära'); the table keeps those for pairs with a sign.
const PLAIN_LETTER_PAIR = /^[a-zA-Z]{2}$/;
const cleanSeen = new Map(learned.map((e) => [e.ocr, e.seen]));
for (const [key, count] of typefaces.counts) {
  const [ocr, truth] = split(key);
  const seen = Math.max(count, typefaces.totals.get(ocr) ?? 0, [...ocr].length === 2 ? (typefaces.pairs.get(ocr) ?? 0) : 0);
  if (PLAIN_LETTER_PAIR.test(ocr) || count < MIN_TYPEFACE_COUNT || count / seen < MIN_TYPEFACE_SHARE) continue;
  const knownSeen = cleanSeen.get(ocr);
  const cleanEntry = learned.find((e) => e.ocr === ocr && e.truth === truth);
  if (cleanEntry) {
    // A slip the scanned faces make more often than the clean renders (d for ä) gets their share;
    // a and o keep theirs, which the lost-diacritic odds on damaged pages are set from.
    if (!/^[aoAO]$/.test(ocr) && count / seen > cleanEntry.count / cleanEntry.seen) cleanEntry.count = Math.round((1000 * count * cleanEntry.seen) / seen) / 1000;
  } else if (knownSeen === undefined) {
    learned.push({ ocr, truth, count, seen });
    totals.set(ocr, seen);
  } else {
    // A new reading of a string the clean renders misread too ('&' for 'ö' beside '&' for 'å')
    // enters at the share the scanned pages show, counted against the clean total.
    learned.push({ ocr, truth, count: Math.round((1000 * count * knownSeen) / seen) / 1000, seen: knownSeen });
  }
}
const kept = learned.filter((e) => e.truth.length > 0).sort((a, b) => b.count - a.count);

// One plain letter read for å, ä or ö ('fsrslag', 'mttet'), or two ('Ndasta', 'hidlsa': a round ä drawn
// as 'da', 'id'): too rare, or too common a string in valid words, to join the table, where it would
// offer an å/ä/ö reading of every s, t or 'da', but seen more than once, so repair tries it on a token
// nothing else explains (src/repair/rare-slip-readings.ts). Not a single a or o, whose slips have odds of
// their own (the lost diacritic, 'a' for 'ö'), nor e for ä: names and words are spelt both ways
// ('Hellström', 'Hällström'), so a reading with ä is another word, no slip.
const MIN_RARE_COUNT = 2;
const RARE_SLIP = /^(?:[b-df-np-zB-DF-NP-Z]|[a-zA-Z]{2})\u0000[åäöÅÄÖ]$/;
const seeded = new Set((JSON.parse(readFileSync(join(root, 'dictionaries', 'confusions.seed.json'), 'utf8')) as { entries: Array<{ ocr: string; truth: string }> }).entries.map((e) => `${e.ocr}\u0000${e.truth}`));
const rareCounts = new Map<string, number>();
for (const tally of [clean, typefaces]) for (const [key, count] of tally.counts) if (RARE_SLIP.test(key) && !seeded.has(key)) bump(rareCounts, key, count);
// A pair is counted against how often it stands in the OCR's words at all, a letter against how often it was aligned.
const written = (tally: EditTally, ocr: string): number => ([...ocr].length === 2 ? (tally.pairs.get(ocr) ?? 0) : (tally.totals.get(ocr) ?? 0));
const rare = [...rareCounts]
  .map(([key, count]) => {
    const [ocr, truth] = split(key);
    return { ocr, truth, count, seen: Math.max(count, written(clean, ocr) + written(typefaces, ocr)) };
  })
  .filter((e) => e.count >= MIN_RARE_COUNT && !kept.some((k) => k.ocr === e.ocr && k.truth === e.truth))
  .sort((a, b) => b.count - a.count || a.ocr.localeCompare(b.ocr));

// One small plain letter read for another ('i' for 'j', 'f' for 't', 'm' for 'n'): a face's shape slip,
// not the lost diacritics the table is for, and in the table it would offer another word for countless valid
// ones. Repair tries one such slip only on a long token nothing else explains (src/repair/plain-slip-readings.ts).
// Counted on the clean renders and the scanned faces together, against how often the letter was written
// there; a slip seen once or twice is as likely the aligner's guess as the OCR's habit.
const MIN_PLAIN_COUNT = 3;
const plainCounts = new Map<string, number>();
for (const tally of [clean, typefaces]) for (const [key, count] of tally.plain) bump(plainCounts, key, count);
const plain = [...plainCounts]
  .map(([key, count]) => {
    const [ocr, truth] = split(key);
    return { ocr, truth, count, seen: Math.max(count, (clean.totals.get(ocr) ?? 0) + (typefaces.totals.get(ocr) ?? 0)) };
  })
  .filter((e) => e.count >= MIN_PLAIN_COUNT)
  .sort((a, b) => b.count - a.count || a.ocr.localeCompare(b.ocr) || a.truth.localeCompare(b.truth));

writeFileSync(
  join(root, 'dictionaries', 'confusions.learned.json'),
  `${JSON.stringify({ source: `scripts/learn-confusions.ts on training/train-sv.txt${typefaceRows.length ? ` and ${typefaceRows.length} renders in training/scan-ocr-typefaces` : ''}`, totals: Object.fromEntries(totals), entries: kept, rare, plain }, null, 1)}\n`,
);
console.log(`learned ${kept.length} edits; top:`);
for (const e of kept.slice(0, 40)) console.log(`  ${e.truth} → ${e.ocr}  ×${e.count} (of ${e.seen} "${e.ocr}")`);
console.log(`plain slips, tried only on long tokens nothing else explains: ${plain.map((e) => `${e.truth} → ${e.ocr} ×${e.count} (of ${e.seen})`).join(', ')}`);
console.log(`rare slips, tried only on tokens nothing else explains: ${rare.map((e) => `${e.truth} → ${e.ocr} ×${e.count} (of ${e.seen})`).join(', ')}`);
