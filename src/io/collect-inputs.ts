import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { MinutesError } from '../errors/index.ts';

/**
 * Expands the command line's files and folders into the list of files to import.
 * Inside a folder every *.pdf (any case) counts; other files are not ours to touch.
 * A file named explicitly is always tried, whatever its extension, so that a
 * mislabelled scan gets a reason instead of silence.
 */
export async function collectInputs(paths: readonly string[], options: { recursive?: boolean } = {}): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new MinutesError('USAGE', `no such file or folder: ${path}`);
    }
    if (info.isDirectory()) files.push(...(await pdfsIn(path, options.recursive ?? false)));
    else files.push(path);
  }
  return [...new Set(files)];
}

async function pdfsIn(dir: string, recursive: boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (recursive) found.push(...(await pdfsIn(full, true)));
    } else if (entry.isFile() && extname(entry.name).toLowerCase() === '.pdf') {
      found.push(full);
    }
  }
  return found;
}
