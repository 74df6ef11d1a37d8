import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfFile, readSharedBytes } from '../../src/io/read-shared-bytes.ts';

describe('readSharedBytes', () => {
  it('reads the whole file into shared memory', async () => {
    const file = 'fixtures/scans/minnesanteckningar-folkhalsa-2023-03-09.pdf';
    const bytes = await readSharedBytes(file);
    expect(bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(bytes).equals(await readFile(file))).toBe(true);
  });

  it('reads an empty file as no bytes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'minutes-shared-'));
    await writeFile(join(dir, 'tom.pdf'), '');
    expect((await readSharedBytes(join(dir, 'tom.pdf'))).byteLength).toBe(0);
  });

  it('fails on a folder and on a missing file with the system’s code', async () => {
    await expect(readSharedBytes('fixtures')).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readSharedBytes('fixtures/finns-inte.pdf')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('readPdfFile', () => {
  it('says in one line why a file cannot be read', async () => {
    await expect(readPdfFile('fixtures')).rejects.toMatchObject({ code: 'UNREADABLE_PDF', message: 'cannot read file: is a folder' });
    await expect(readPdfFile('fixtures/finns-inte.pdf')).rejects.toMatchObject({ code: 'UNREADABLE_PDF', message: 'cannot read file: no such file' });
  });
});
