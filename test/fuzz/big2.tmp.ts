import { readFileSync } from 'node:fs';
import * as r from '../../src/rasterise/index.ts';
const bytes = readFileSync(process.argv[2]!);
const t = performance.now();
const pdf = await r.openPdf(bytes);
const kind = await r.classifyPage(pdf, 1);
const img = await r.rasterisePage(pdf, 1, { renderDpi: 300, maxPagePixels: 60_000_000, refusePagePixels: 400_000_000 });
console.log(kind, img.width, img.height, img.channels, img.dpi.toFixed(1), (performance.now() - t).toFixed(0), 'ms');
await pdf.close();
