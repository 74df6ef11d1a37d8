import * as r from '../../src/rasterise/index.ts';
import { readFileSync } from 'node:fs';
const bytes = readFileSync(process.argv[2]!);
const t = performance.now();
r.sniffPdf(bytes); console.log('sniff ok');
const pdf = await r.openPdf(bytes); console.log('open ok', performance.now() - t);
console.log(await r.classifyPage(pdf, 1), performance.now() - t);
const img = await r.rasterisePage(pdf, 1, { renderDpi: 36, maxPagePixels: 250000, refusePagePixels: 5e7 }).catch(e => e.message);
console.log(img, performance.now() - t);
