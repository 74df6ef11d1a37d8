import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves true once the file's size and mtime have not changed for `stableMs`
 * (a copy, scan or upload has finished), or false if the file went away.
 * Works the same on local disks and on network shares without inotify.
 */
export async function waitUntilStable(path: string, stableMs: number, signal?: AbortSignal): Promise<boolean> {
  const checkMs = Math.max(50, Math.min(500, Math.floor(stableMs / 4)));
  let last = '';
  let since = Date.now();
  while (!signal?.aborted) {
    let current: string;
    try {
      const s = await stat(path);
      if (!s.isFile()) return false;
      current = `${s.size}:${s.mtimeMs}`;
    } catch {
      return false;
    }
    if (current !== last) {
      last = current;
      since = Date.now();
    } else if (Date.now() - since >= stableMs) {
      return true;
    }
    await sleep(checkMs, undefined, { signal }).catch(() => undefined);
  }
  return false;
}
