// Prints the visual rows the segmenter sees for one pages fixture (cells separated by " | "), beside nothing else:
// for comparing an OCR'd page with fixtures/segment/NAME.txt when a pages score falls.
// Usage: npx tsx scripts/eval-segment-rows.ts NAME
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '../src/domain/index.ts';
import { visualRows } from '../src/segment/visual-rows.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const name = process.argv[2];
if (!name) throw new Error('usage: eval-segment-rows.ts NAME');
const pages = JSON.parse(readFileSync(join(root, 'fixtures', 'segment', 'pages', `${name}.pages.json`), 'utf8')) as Page[];
for (const page of pages) {
  console.log(`---- page ${page.number}`);
  for (const row of visualRows(page)) console.log(row.cells.join(' | '));
}
