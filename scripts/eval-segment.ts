// Scores the segmenter on every ground-truth fixture: clean text, OCR text (raw and repaired) where it exists,
// and real OCR pages from the full pipeline (fixtures/segment/pages/NAME.pages.json: Page[] with line and word boxes).
// With --pages-from DIR it also scores the minutes JSON that `minutes import --out DIR` wrote (DIR/NAME.json or
// DIR/NAME.scan.json) as the 'import' variant: the exact output the pipeline hands a user.
// Usage: npm run eval:segment [-- --json out/eval-segment.json] [--only NAME] [--pages-from DIR]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MinutesSchema, type Minutes, type Page } from '../src/domain/index.ts';
import { loadLexicon, repairText } from '../src/repair/index.ts';
import { segmentMinutes } from '../src/segment/index.ts';
import { type DocumentScore, FIELDS, type FieldName, scoreDocument } from './eval-segment/score.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : join(root, 'out', 'eval-segment.json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const importDir = args.includes('--pages-from') ? args[args.indexOf('--pages-from') + 1] : null;

interface Fixture {
  name: string;
  expected: Minutes;
  clean: string;
  ocr: string | null;
  pages: Page[] | null;
}

function loadFixtures(dir: string, prefix: string): Fixture[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.layout.json') && existsSync(join(dir, f.replace(/\.json$/, '.txt'))))
    .map((f) => {
      const stem = f.replace(/\.json$/, '');
      const ocrPath = join(root, 'fixtures', 'ocr', `${stem}.swe.txt`);
      const pagesPath = join(root, 'fixtures', 'segment', 'pages', `${stem}.pages.json`);
      return {
        name: `${prefix}${stem}`,
        expected: MinutesSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))),
        clean: readFileSync(join(dir, `${stem}.txt`), 'utf8'),
        ocr: existsSync(ocrPath) ? readFileSync(ocrPath, 'utf8') : null,
        pages: existsSync(pagesPath) ? (JSON.parse(readFileSync(pagesPath, 'utf8')) as Page[]) : null,
      };
    })
    .filter((f) => !only || f.name.includes(only));
}

function run(text: string, name: string): Minutes {
  const pages = text.split('\f').length;
  return MinutesSchema.parse(segmentMinutes({ text }, { file: basename(name), sha256: null, pages }));
}

const fixtures = [
  ...loadFixtures(join(root, 'fixtures', 'segment'), ''),
  ...loadFixtures(join(root, 'fixtures', 'source'), 'source/'),
];
const lexicon = await loadLexicon({ dictionaries: [] });

type Variant = 'clean' | 'ocr' | 'repaired' | 'pages' | 'import';
const results: Record<Variant, { name: string; score: DocumentScore }[]> = { clean: [], ocr: [], repaired: [], pages: [], import: [] };
for (const fixture of fixtures) {
  results.clean.push({ name: fixture.name, score: scoreDocument(fixture.expected, run(fixture.clean, fixture.name)) });
  if (fixture.ocr) {
    results.ocr.push({ name: fixture.name, score: scoreDocument(fixture.expected, run(fixture.ocr, fixture.name)) });
    const repaired = repairText(fixture.ocr, lexicon, { threshold: 0.8 }).text;
    results.repaired.push({ name: fixture.name, score: scoreDocument(fixture.expected, run(repaired, fixture.name)) });
  }
  if (fixture.pages) {
    const produced = MinutesSchema.parse(
      segmentMinutes({ pages: fixture.pages }, { file: basename(fixture.name), sha256: null, pages: fixture.pages.length }),
    );
    results.pages.push({ name: fixture.name, score: scoreDocument(fixture.expected, produced) });
  }
  const imported = importDir ? importedMinutes(importDir, basename(fixture.name)) : null;
  if (imported) results.import.push({ name: fixture.name, score: scoreDocument(fixture.expected, imported) });
}

function importedMinutes(dir: string, stem: string): Minutes | null {
  const path = [join(dir, `${stem}.json`), join(dir, `${stem}.scan.json`)].find((p) => existsSync(p));
  return path ? MinutesSchema.parse(JSON.parse(readFileSync(path, 'utf8'))) : null;
}

const SHORT: Record<FieldName, string> = {
  type: 'type', date: 'date', start: 'start', end: 'end', place: 'place', attendees: 'att', organisation: 'org',
  role: 'role', absent: 'abs', adjusters: 'adj', items: 'items', decisionsR: 'decR', decisionsP: 'decP', next: 'next',
  signatures: 'sign',
};

function cell(value: number | undefined): string {
  return (value === undefined ? '–' : value.toFixed(2)).padStart(5);
}

function table(variant: Variant): object | null {
  const rows = results[variant];
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.name.length), 8);
  console.log(`\n## ${variant} (${rows.length} documents)`);
  console.log(`${'document'.padEnd(width)} ${FIELDS.map((f) => SHORT[f].padStart(5)).join(' ')}  mean`);
  for (const { name, score } of rows) {
    console.log(`${name.padEnd(width)} ${FIELDS.map((f) => cell(score.fields[f])).join(' ')} ${cell(score.mean)}`);
  }
  const means: Partial<Record<FieldName, number>> = {};
  for (const f of FIELDS) {
    const values = rows.map((r) => r.score.fields[f]).filter((v): v is number => v !== undefined);
    if (values.length) means[f] = values.reduce((a, b) => a + b, 0) / values.length;
  }
  const docMean = rows.reduce((a, r) => a + r.score.mean, 0) / rows.length;
  console.log(`${'MEAN'.padEnd(width)} ${FIELDS.map((f) => cell(means[f])).join(' ')} ${cell(docMean)}`);
  const real = (key: 'attendees' | 'items' | 'decisions') => {
    const produced = rows.reduce((a, r) => a + r.score[key].produced, 0);
    const ok = rows.reduce((a, r) => a + r.score[key].real, 0);
    return produced ? ok / produced : 1;
  };
  const realness = { attendees: real('attendees'), items: real('items'), decisions: real('decisions') };
  console.log(
    `real share: attendees ${(realness.attendees * 100).toFixed(1)}%, items ${(realness.items * 100).toFixed(1)}%, decisions ${(realness.decisions * 100).toFixed(1)}%; lowest document ${Math.min(...rows.map((r) => r.score.mean)).toFixed(2)}`,
  );
  return { documents: rows.map((r) => ({ name: r.name, mean: r.score.mean, fields: r.score.fields })), means, documentMean: docMean, realShare: realness };
}

const report = { clean: table('clean'), ocr: table('ocr'), repaired: table('repaired'), pages: table('pages'), import: table('import') };
if (jsonOut) {
  mkdirSync(dirname(jsonOut), { recursive: true });
  writeFileSync(jsonOut, JSON.stringify(report, null, 2) + '\n');
}
