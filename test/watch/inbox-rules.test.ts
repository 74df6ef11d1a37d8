import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.ts';
import { assertSeparateFolders } from '../../src/watch/folder-guard.ts';
import { classifyInboxEntry } from '../../src/watch/inbox-entry.ts';
import { loadInboxState } from '../../src/watch/inbox-state.ts';
import { moveWithoutOverwrite, writeErrorNote } from '../../src/watch/move-original.ts';
import { startWatcher } from '../../src/watch/start-watcher.ts';

describe('inbox entries', () => {
  it('imports PDFs whatever the case of the extension', () => {
    expect(classifyInboxEntry('/in/Protokoll.pdf')).toBe('pdf');
    expect(classifyInboxEntry('/in/SCAN0001.PDF')).toBe('pdf');
  });

  it('leaves partial downloads, Office lock files and temp files alone', () => {
    for (const name of ['a.pdf.part', 'a.pdf.crdownload', '~$rapport.pdf', 'x.tmp', 'upload.partial']) {
      expect(classifyInboxEntry(`/in/${name}`)).toBe('temporary');
    }
  });

  it('treats dotfiles and Thumbs.db as hidden, and other extensions as not for import', () => {
    expect(classifyInboxEntry('/in/.minutes-state.json')).toBe('hidden');
    expect(classifyInboxEntry('/in/Thumbs.db')).toBe('hidden');
    expect(classifyInboxEntry('/in/notes.docx')).toBe('other');
  });
});

describe('inbox folders', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'minutes-inbox-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('refuses an output folder inside the inbox', async () => {
    await expect(assertSeparateFolders(join(dir, 'in'), join(dir, 'in', 'out'))).rejects.toThrow(/inside the inbox/);
    await expect(
      startWatcher({ inbox: join(dir, 'in'), outDir: join(dir, 'in', 'out'), config: resolveConfig({}) }),
    ).rejects.toMatchObject({ code: 'USAGE' });
  });

  it('refuses the inbox itself as output folder, an inbox inside the output, and a symlinked loop', async () => {
    await expect(assertSeparateFolders(join(dir, 'in'), join(dir, 'in'))).rejects.toThrow(/inside the inbox/);
    await expect(assertSeparateFolders(join(dir, 'out', 'in'), join(dir, 'out'))).rejects.toThrow(/inbox .* is inside the output/);
    await mkdir(join(dir, 'inbox'), { recursive: true });
    await symlink(join(dir, 'inbox'), join(dir, 'link'));
    await expect(assertSeparateFolders(join(dir, 'inbox'), join(dir, 'link', 'out'))).rejects.toThrow(/inside the inbox/);
  });

  it('accepts sibling folders', async () => {
    await expect(assertSeparateFolders(join(dir, 'in'), join(dir, 'out'))).resolves.toBeTruthy();
  });

  it('never overwrites an earlier original when moving, and writes the reason beside a failed one', async () => {
    await mkdir(join(dir, 'failed'));
    await writeFile(join(dir, 'failed', 'a.pdf'), 'first');
    await writeFile(join(dir, 'a.pdf'), 'second');
    const moved = await moveWithoutOverwrite(join(dir, 'a.pdf'), join(dir, 'failed'));
    expect(moved).toBe(join(dir, 'failed', 'a (2).pdf'));
    expect(await readFile(join(dir, 'failed', 'a.pdf'), 'utf8')).toBe('first');
    expect(await readFile(moved, 'utf8')).toBe('second');
    await writeErrorNote(moved, 'not a PDF');
    expect(await readFile(join(dir, 'failed', 'a (2).error.txt'), 'utf8')).toBe('not a PDF\n');
    expect(await readdir(dir)).toEqual(['failed']);
  });

  it('remembers processed content across restarts in a dotfile', async () => {
    const state = await loadInboxState(dir);
    await state.remember('f'.repeat(64), { file: 'a.pdf', output: '/out/a.json', at: '2024-01-01T00:00:00.000Z' });
    const again = await loadInboxState(dir);
    expect(again.lookup('f'.repeat(64))?.file).toBe('a.pdf');
    expect(again.lookup('e'.repeat(64))).toBeUndefined();
  });
});
