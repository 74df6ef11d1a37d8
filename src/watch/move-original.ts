import { access, link, mkdir, rename, unlink } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.ts';

/**
 * Moves `path` into `folder` under its own name, or "name (2).pdf", "name (3).pdf"
 * … when taken: an earlier original is never overwritten. Returns the new path.
 */
export async function moveWithoutOverwrite(path: string, folder: string): Promise<string> {
  await mkdir(folder, { recursive: true });
  const name = basename(path);
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const target = join(folder, n === 1 ? name : `${stem} (${n})${ext}`);
    try {
      // link() fails when the target exists, unlike rename(), which would replace it.
      await link(path, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      // Some network shares do not support hard links: fall back to a checked rename.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') {
        if (await exists(target)) continue;
        await rename(path, target);
        return target;
      }
      throw error;
    }
    await unlink(path);
    return target;
  }
}

/** Writes "NAME.error.txt" beside a failed original, with the one-line reason. */
export async function writeErrorNote(movedTo: string, reason: string): Promise<string> {
  const note = `${movedTo}.error.txt`.replace(/\.pdf\.error\.txt$/i, '.error.txt');
  await writeFileAtomic(note, `${reason}\n`);
  return note;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
