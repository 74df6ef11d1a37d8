import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Minutes, MinutesSchema } from '../../src/domain/index.ts';
import { characterErrorRate } from '../../src/text/character-error-rate.ts';
import { runCli } from '../helpers/run-cli.ts';

// End to end through the real CLI, the real Swedish model and real scans made by `npm run fixtures`.
const fixtures = new URL('../../fixtures/', import.meta.url).pathname;
const KALLELSE = 'kallelse-socialnamnden-salem-2023-09-12';
const ARCHIVE = 'protokollsutdrag-byggnadsnamnden-tyreso-1998-03-24';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'minutes-e2e-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function truth(name: string): Promise<{ text: string; minutes: Minutes }> {
  return {
    text: await readFile(join(fixtures, 'source', `${name}.txt`), 'utf8'),
    minutes: MinutesSchema.parse(JSON.parse(await readFile(join(fixtures, 'source', `${name}.json`), 'utf8'))),
  };
}

describe('minutes import on scanned fixtures', () => {
  it('turns a scanned kallelse into Swedish text within 2% CER and its agenda into items', async () => {
    const run = await runCli(['import', join(fixtures, 'scans', `${KALLELSE}.pdf`), '--out', join(out, 'kallelse')]);
    expect(run.code, run.stderr).toBe(0);

    const expected = await truth(KALLELSE);
    const text = await readFile(join(out, 'kallelse', `${KALLELSE}.txt`), 'utf8');
    expect(characterErrorRate(expected.text, text)).toBeLessThan(0.02);

    const minutes = MinutesSchema.parse(JSON.parse(await readFile(join(out, 'kallelse', `${KALLELSE}.json`), 'utf8')));
    expect(minutes.documentType).toBe(expected.minutes.documentType);
    expect(minutes.meeting?.date).toBe(expected.minutes.meeting?.date);
    expect(minutes.meeting?.start).toBe(expected.minutes.meeting?.start);
    // OCR may still misread one agenda number; everything it finds must be real.
    const found = new Set(minutes.items.map((i) => `${i.number} ${i.title.replace(/[.\s]+$/, '')}`));
    const real = expected.minutes.items.map((i) => `${i.number} ${i.title}`);
    expect(real.filter((r) => found.has(r)).length).toBeGreaterThanOrEqual(real.length - 1);
    expect([...found].every((f) => real.includes(f))).toBe(true);
    expect(minutes.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(minutes.quality?.meanOcrConfidence).toBeGreaterThan(0.8);
  });

  it('OCRs a scan again instead of trusting its old English-OCR text layer', async () => {
    const run = await runCli(['import', join(fixtures, 'scans', `${ARCHIVE}.pdf`), '--out', join(out, 'auto')]);
    expect(run.code, run.stderr).toBe(0);
    const expected = await truth(ARCHIVE);
    const text = await readFile(join(out, 'auto', `${ARCHIVE}.txt`), 'utf8');
    expect(characterErrorRate(expected.text, text)).toBeLessThan(0.02);
    const minutes = MinutesSchema.parse(JSON.parse(await readFile(join(out, 'auto', `${ARCHIVE}.json`), 'utf8')));
    expect(minutes.items.map((i) => i.number)).toEqual(expected.minutes.items.map((i) => i.number));
    expect(minutes.adjusters).toEqual(expected.minutes.adjusters);
  });

  it('with --ocr never repairs the old text layer, and that beats the layer as it was', async () => {
    const run = await runCli(['import', join(fixtures, 'scans', `${ARCHIVE}.pdf`), '--out', join(out, 'never'), '--ocr', 'never']);
    expect(run.code, run.stderr).toBe(0);
    const expected = await truth(ARCHIVE);
    const repaired = await readFile(join(out, 'never', `${ARCHIVE}.txt`), 'utf8');
    const oldLayer = await readFile(join(fixtures, 'ocr', `${ARCHIVE}.eng.txt`), 'utf8');
    const minutes = MinutesSchema.parse(JSON.parse(await readFile(join(out, 'never', `${ARCHIVE}.json`), 'utf8')));
    expect(minutes.quality?.meanOcrConfidence).toBeNull();
    expect(minutes.corrections.filter((c) => c.applied).length).toBeGreaterThan(0);
    expect(characterErrorRate(expected.text, repaired)).toBeLessThan(characterErrorRate(expected.text, oldLayer));
    // Each repaired word still gets its piece of the scan, for the review report.
    const crops = await readdir(join(out, 'never', 'crops', ARCHIVE));
    expect(crops.length).toBe(minutes.corrections.length);
  });

  it('turns sideways and upside-down scans upright, with the same CER as the upright scan within 0.5 points', async () => {
    const rotated = join(fixtures, 'rotated');
    const run = await runCli(['import', join(rotated, `${KALLELSE}-90.pdf`), join(rotated, `${KALLELSE}-180.pdf`), '--out', join(out, 'rotated')]);
    expect(run.code, run.stderr).toBe(0);
    const expected = await truth(KALLELSE);
    const upright = characterErrorRate(expected.text, await readFile(join(out, 'kallelse', `${KALLELSE}.txt`), 'utf8'));
    for (const turn of ['90', '180']) {
      const text = await readFile(join(out, 'rotated', `${KALLELSE}-${turn}.txt`), 'utf8');
      expect(characterErrorRate(expected.text, text) - upright).toBeLessThan(0.005);
    }
  });
});
