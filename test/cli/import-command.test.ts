import { chmod, mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MinutesSchema } from '../../src/domain/index.ts';
import { bornDigitalPdf } from '../helpers/born-digital-pdf.ts';
import { runCli } from '../helpers/run-cli.ts';

const MINUTES_TEXT = [
  'Minnesanteckningar från ledningsgruppen för äldreomsorg',
  'Tid: Torsdagen den 9 mars 2023 kl 9.30-11.00',
  'Plats: Tyresö kommunhus, rum Åkerö',
  '1. Välkommen',
  'Ordföranden hälsade alla välkomna.',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'minutes-cli-'));
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

describe('minutes import', () => {
  it('exits 1 when one file of a batch is corrupt, and still writes the good one', async () => {
    const scans = join(dir, 'scans');
    await mkdir(scans);
    await writeFile(join(scans, 'möte 2023.pdf'), await bornDigitalPdf([MINUTES_TEXT]));
    await writeFile(join(scans, 'trasig.pdf'), Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'));
    await writeFile(join(scans, 'tom.pdf'), Buffer.alloc(0));
    const out = join(dir, 'out');

    const run = await runCli(['import', scans, '--out', out]);

    expect(run.code).toBe(1);
    const failed = JSON.parse(await readFile(join(out, 'failed.json'), 'utf8')) as { file: string; reason: string }[];
    expect(failed.map((f) => f.reason).sort()).toEqual(['damaged or truncated PDF', 'empty file (0 bytes)']);
    expect(run.stderr).toContain('empty file (0 bytes)');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const minutes = MinutesSchema.parse(JSON.parse(await readFile(join(out, 'möte 2023.json'), 'utf8')));
    expect(minutes.source.file).toBe('möte 2023.pdf');
    expect(await readFile(join(out, 'möte 2023.txt'), 'utf8')).toContain('hälsade alla välkomna');
    const written = await readdir(out);
    expect(written).not.toContain('trasig.json');
    expect(written).toContain('report.html');
  });

  it('exits 0 and leaves failed.json empty when every document succeeds', async () => {
    await writeFile(join(dir, 'a.pdf'), await bornDigitalPdf([MINUTES_TEXT, 'Sida 2']));
    const run = await runCli(['import', join(dir, 'a.pdf'), '--out', join(dir, 'out')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'out', 'failed.json'), 'utf8'))).toEqual([]);
    expect((await readFile(join(dir, 'out', 'a.txt'), 'utf8')).split('\f')).toHaveLength(2);
  });

  it('does not overwrite a file it did not make, and says how to', async () => {
    await writeFile(join(dir, 'a.pdf'), await bornDigitalPdf([MINUTES_TEXT]));
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'out', 'a.json'), '{"mine": true}');
    const run = await runCli(['import', join(dir, 'a.pdf'), '--out', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--overwrite');
    expect(await readFile(join(dir, 'out', 'a.json'), 'utf8')).toBe('{"mine": true}');
  });

  it('exits 2 when a folder holds no PDF, and says so', async () => {
    await mkdir(join(dir, 'empty'));
    const run = await runCli(['import', join(dir, 'empty'), '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no PDF files in');
  });

  it('exits 2 on a usage error', async () => {
    const run = await runCli(['import', join(dir, 'nothing-here.pdf'), '--out', join(dir, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no such file or folder');
  });

  it('exits 3 with one line when the output folder cannot be written', async () => {
    if (process.getuid?.() === 0) {
      // root ignores permission bits: use a path under a regular file instead.
      await writeFile(join(dir, 'file'), 'x');
      await writeFile(join(dir, 'a.pdf'), await bornDigitalPdf([MINUTES_TEXT]));
      const run = await runCli(['import', join(dir, 'a.pdf'), '--out', join(dir, 'file', 'out')]);
      expect(run.code).toBe(3);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('cannot write');
      return;
    }
    await mkdir(join(dir, 'ro'));
    await chmod(join(dir, 'ro'), 0o555);
    await writeFile(join(dir, 'a.pdf'), await bornDigitalPdf([MINUTES_TEXT]));
    const run = await runCli(['import', join(dir, 'a.pdf'), '--out', join(dir, 'ro')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('permission denied');
  });
});

describe('minutes repair and segment', () => {
  it('repair --json prints the text and its corrections', async () => {
    const run = await runCli(['repair', '--json'], { input: 'Mötet hölls i Stockholm.\n' });
    expect(run.code).toBe(0);
    const parsed = JSON.parse(run.stdout) as { text: string; corrections: unknown[] };
    expect(parsed.text).toBe('Mötet hölls i Stockholm.\n');
    expect(Array.isArray(parsed.corrections)).toBe(true);
  });

  it('repair applies what the review taught it, from the learned dictionary', async () => {
    const learned = join(dir, 'learned.tsv');
    await writeFile(learned, 'Bjorkangsvagen\tBjörkängsvägen\n');
    const run = await runCli(['repair'], { input: 'Mötet hölls på Bjorkangsvagen 3.\n', env: { MINUTES_LEARNED_DICTIONARY: learned } });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Mötet hölls på Björkängsvägen 3.\n');
  });

  it('segment prints minutes JSON that validates against the schema', async () => {
    const run = await runCli(['segment', '-'], { input: MINUTES_TEXT });
    expect(run.code).toBe(0);
    expect(MinutesSchema.parse(JSON.parse(run.stdout)).schemaVersion).toBe('1');
  });

  it('segment reads a Windows-1252 file as well as UTF-8', async () => {
    const utf8 = await runCli(['segment', '-'], { input: MINUTES_TEXT });
    const file = join(dir, 'minnesanteckningar-1252.txt');
    await writeFile(file, Buffer.from(MINUTES_TEXT, 'latin1'));
    const legacy = await runCli(['segment', file]);
    expect(legacy.code).toBe(0);
    const [a, b] = [utf8, legacy].map((run) => ({ ...(JSON.parse(run.stdout) as Record<string, unknown>), source: null }));
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toContain('Tyresö');
  });

  it('--help works on every command', async () => {
    for (const command of ['import', 'repair', 'segment']) {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: minutes ${command}`);
    }
  });
});
