// Writes each scanned page's preprocessed raster as PGM, exactly as the OCR stage receives it.
// Used to measure OCR engines and their settings on identical input (scripts/measure-*).
//   tsx scripts/dump-preprocessed.ts OUT_DIR FILE.pdf...
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { resolveConfig } from '../src/config/index.ts';
import { encodePnm } from '../src/ocr/pnm.ts';
import { preprocessPage } from '../src/preprocess/index.ts';
import { classifyPage, openPdf, rasterisePage } from '../src/rasterise/index.ts';

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) throw new Error('usage: dump-preprocessed.ts OUT_DIR FILE.pdf...');
mkdirSync(outDir, { recursive: true });
const config = resolveConfig({});
for (const file of files) {
  const pdf = await openPdf(new Uint8Array(readFileSync(file)));
  for (let n = 1; n <= pdf.pageCount; n++) {
    if ((await classifyPage(pdf, n)) === 'born-digital') continue;
    const image = await preprocessPage(await rasterisePage(pdf, n, config));
    const target = join(outDir, `${basename(file, '.pdf')}-p${n}-${Math.round(image.dpi)}dpi.pgm`);
    writeFileSync(target, encodePnm(image));
    console.log(target);
  }
  await pdf.close();
}
