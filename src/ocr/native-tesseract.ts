// The optional native engine: the `tesseract` binary, when one is installed,
// fed the SAME traineddata that tesseract.js loads from node_modules, so the
// text is the same and only the speed differs (about 3× less CPU per page).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { MinutesError } from '../errors/index.ts';
import { traineddataPath } from './language-data.ts';
import { encodePnm } from './pnm.ts';
import type { TextRecogniser } from './tesseract-engine.ts';
import { parseTesseractTsv } from './tesseract-tsv.ts';

/** The installed tesseract's major version, or null when there is none we can use (4 or newer reads LSTM models). */
export function nativeTesseractVersion(binary = 'tesseract'): number | null {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 5000 });
  if (probe.status !== 0) return null;
  const match = /tesseract\s+v?(\d+)\./i.exec(`${probe.stdout}${probe.stderr}`);
  const major = match ? Number(match[1]) : NaN;
  return major >= 4 ? major : null;
}

/**
 * Unpacks the node_modules models into a cache folder the binary can read.
 * The folder name carries a hash of the packed files, so an upgrade never reuses stale data.
 */
export function nativeTessdataDir(languages: string): string {
  const codes = languages.split('+');
  const files = codes.map((code) => {
    const file = traineddataPath(code, '4.0.0_best_int');
    if (!file) throw new MinutesError('MISSING_MODEL', `OCR model for "${code}" not found in node_modules: run npm ci`);
    return { code, packed: readFileSync(file) };
  });
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.code).update(f.packed);
  const dir = join(tmpdir(), `minutes-tessdata-${hash.digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  for (const { code, packed } of files) {
    const target = join(dir, `${code}.traineddata`);
    if (existsSync(target)) continue;
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, gunzipSync(packed));
    renameSync(temp, target);
  }
  return dir;
}

/** One recogniser that runs the binary per page, single-threaded (the fastest way on a busy machine). */
export function startNativeRecogniser(languages: string, binary = 'tesseract'): TextRecogniser {
  const tessdata = nativeTessdataDir(languages);
  return {
    async recognise(image) {
      const args = ['stdin', 'stdout', '--tessdata-dir', tessdata, '-l', languages, '--psm', '3', '--dpi', String(Math.round(image.dpi)), '-c', 'tessedit_create_tsv=1'];
      const tsv = await run(binary, args, encodePnm(image));
      return parseTesseractTsv(tsv);
    },
    async terminate() {},
  };
}

function run(binary: string, args: string[], input: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', (error) => reject(new MinutesError('OCR_FAILED', `native tesseract could not start: ${error.message}`, { cause: error })));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new MinutesError('OCR_FAILED', `native tesseract failed (exit ${code}): ${err.trim().split('\n').pop() ?? ''}`));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}
