import { mkdir, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { MinutesError } from '../errors/index.ts';

/**
 * Refuses an output folder inside the inbox (outputs would be picked up as
 * input) and an inbox inside the output folder (moved originals would mix with
 * outputs). Creates both folders, and compares real paths so symlinks cannot hide a loop.
 */
export async function assertSeparateFolders(inbox: string, outDir: string): Promise<{ inbox: string; outDir: string }> {
  await mkdir(resolve(inbox), { recursive: true });
  await mkdir(resolve(outDir), { recursive: true });
  const realInbox = await realpath(resolve(inbox));
  const realOut = await realpath(resolve(outDir));
  if (isInside(realOut, realInbox)) {
    throw new MinutesError('USAGE', `the output folder ${outDir} is inside the inbox ${inbox}: choose an output folder outside it`);
  }
  if (isInside(realInbox, realOut)) {
    throw new MinutesError('USAGE', `the inbox ${inbox} is inside the output folder ${outDir}: choose an output folder outside it`);
  }
  return { inbox: realInbox, outDir: realOut };
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
