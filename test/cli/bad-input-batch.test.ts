import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MinutesSchema } from '../../src/domain/index.ts';
import { bornDigitalPdf } from '../helpers/born-digital-pdf.ts';
import { runCli, type CliRun } from '../helpers/run-cli.ts';
import { blankPdf, imagePdf, markedImage, textPdf, withoutPages } from '../rasterise/pdf-builders.ts';

// One archive batch holding every kind of surprise from the bad-input issue, through the real CLI.
const GOOD_TEXT = 'Minnesanteckningar från nätverket för kulturchefer\nTid: Torsdagen den 9 mars 2023 kl 9.30-11.00\n1. Välkommen\nOrdföranden hälsade alla välkomna.';


async function giantScan(): Promise<Uint8Array> {
  // 14000×20000 px of paper with one dark mark: big enough to test the pixel budget, cheap to encode.
  const mark = await sharp({ create: { width: 800, height: 200, channels: 3, background: '#000' } }).png().toBuffer();
  const jpeg = await sharp({ create: { width: 14000, height: 20000, channels: 3, background: '#fff' }, limitInputPixels: false })
    .composite([{ input: mark, left: 1000, top: 1000 }])
    .toColourspace('b-w')
    .jpeg({ quality: 50 })
    .toBuffer();
  return imagePdf(new Uint8Array(jpeg), { pageWidth: 14000 * 0.24, pageHeight: 20000 * 0.24 });
}

let dir: string;
let batch: string;
let out: string;
let run: CliRun;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minutes-bad-'));
  batch = join(dir, 'arkiv');
  out = join(dir, 'ut');
  await mkdir(batch);
  const good = await bornDigitalPdf([GOOD_TEXT]);
  await writeFile(join(batch, 'möte på Åkerö 2023.pdf'), good);
  await writeFile(join(batch, 'tom.pdf'), new Uint8Array());
  await writeFile(join(batch, 'bild.pdf'), await markedImage(200, 100, { png: true }));
  await writeFile(join(batch, 'avbruten.pdf'), good.slice(0, Math.floor(good.length / 2)));
  await writeFile(join(batch, 'låst.pdf'), await textPdf([['Hemlig protokollsbilaga']], { userPassword: 'hemligt' }));
  await writeFile(join(batch, 'inga sidor.pdf'), withoutPages(await textPdf([['Sida']])));
  await writeFile(join(batch, 'skräp.pdf'), new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)));
  await writeFile(join(batch, 'tom sida.pdf'), await blankPdf());
  await writeFile(join(batch, 'vit skanning.pdf'), await imagePdf(await markedImage(1240, 1754, { gray: true })));
  await writeFile(join(batch, 'jätte.pdf'), await giantScan());
  run = await runCli(['import', batch, '--out', out]);
  if (process.env.MINUTES_SHOW_BATCH) console.log(run.stderr, 'peak RSS MB', run.peakRssMb);
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a batch of bad inputs', () => {
  it('exits 1 and lists each bad file in failed.json with a one-line reason', async () => {
    expect(run.code, run.stderr).toBe(1);
    const failed = JSON.parse(await readFile(join(out, 'failed.json'), 'utf8')) as { file: string; reason: string }[];
    const reasons = Object.fromEntries(failed.map((f) => [f.file.split('/').pop(), f.reason]));
    expect(reasons).toEqual({
      'tom.pdf': 'empty file (0 bytes)',
      'bild.pdf': 'not a PDF (looks like a PNG image)',
      'avbruten.pdf': 'damaged or truncated PDF',
      'låst.pdf': 'encrypted PDF: password required (use --password)',
      'inga sidor.pdf': 'PDF has no pages',
      'skräp.pdf': expect.stringMatching(/^not a PDF/),
    });
  });

  it('prints one line per failure and no stack trace', () => {
    expect(run.stderr).not.toMatch(/\n\s+at\s/);
    for (const name of ['tom.pdf', 'bild.pdf', 'avbruten.pdf', 'låst.pdf', 'inga sidor.pdf', 'skräp.pdf']) {
      expect(run.stderr.split('\n').filter((line) => line.includes(name))).toHaveLength(1);
    }
  });

  it('still writes the good document, whose name has spaces and å, ä, ö', async () => {
    const minutes = MinutesSchema.parse(JSON.parse(await readFile(join(out, 'möte på Åkerö 2023.json'), 'utf8')));
    expect(minutes.meeting?.date).toBe('2023-03-09');
    expect(await readFile(join(out, 'möte på Åkerö 2023.txt'), 'utf8')).toContain('hälsade alla välkomna');
  });

  it('leaves no output behind for a failed document, and no temp files at all', async () => {
    const written = await readdir(out);
    for (const bad of ['tom', 'bild', 'avbruten', 'låst', 'inga sidor', 'skräp']) {
      expect(written).not.toContain(`${bad}.json`);
      expect(written).not.toContain(`${bad}.txt`);
    }
    expect(written.filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('notes blank pages instead of OCRing them into noise', async () => {
    for (const name of ['tom sida', 'vit skanning']) {
      const minutes = MinutesSchema.parse(JSON.parse(await readFile(join(out, `${name}.json`), 'utf8')));
      expect(minutes.quality?.tokens).toBeLessThanOrEqual(2);
      expect(minutes.items).toEqual([]);
    }
  });

  it('downscales a 14000×20000 px page and stays far below 2.5 GB', async () => {
    const minutes = MinutesSchema.parse(JSON.parse(await readFile(join(out, 'jätte.json'), 'utf8')));
    expect(minutes.source.pages).toBe(1);
    if (run.peakRssMb > 0) expect(run.peakRssMb).toBeLessThan(2500);
  });

  it('opens the encrypted file when given its password', async () => {
    const again = await runCli(['import', join(batch, 'låst.pdf'), '--out', join(dir, 'ut2'), '--password', 'hemligt']);
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(join(dir, 'ut2', 'låst.txt'), 'utf8')).toContain('Hemlig protokollsbilaga');
  });
});
