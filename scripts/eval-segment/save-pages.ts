// Runs PDFs through the real pipeline (rasterise → OCR → repair) and stores each document's pages as
// fixtures/segment/pages/NAME.pages.json, so that `npm run eval:segment` scores the page path without OCR.
// NAME drops a trailing `.scan` (fixtures/build/NAME.scan.pdf → NAME.pages.json).
// Usage: npx tsx scripts/eval-segment/save-pages.ts [--out DIR] fixtures/build/NAME.scan.pdf ...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { logger, resolveConfig } from '../../src/config/index.ts';
import { createPipelineContext } from '../../src/pipeline/context.ts';
import { processDocument } from '../../src/pipeline/process-document.ts';

const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1]! : join(root, 'fixtures', 'segment', 'pages');
const files = args.filter((_, i) => outIndex < 0 || (i !== outIndex && i !== outIndex + 1));

mkdirSync(outDir, { recursive: true });
const ctx = await createPipelineContext(resolveConfig({}), logger);
const pageLimit = pLimit(ctx.config.ocrWorkers);
try {
  for (const file of files) {
    const stem = basename(file).replace(/\.pdf$/i, '').replace(/\.scan$/, '');
    const result = await processDocument(new Uint8Array(readFileSync(file)), basename(file), ctx, pageLimit);
    const target = join(outDir, `${stem}.pages.json`);
    writeFileSync(target, JSON.stringify(result.pages.map((r) => r.page)) + '\n');
    process.stderr.write(`${target}: ${result.pages.length} page(s)\n`);
  }
} finally {
  await ctx.close();
}
