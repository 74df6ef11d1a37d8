import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../io/atomic-write.ts';

/** One learned repair: the OCR's form and the form a reviewer confirmed. */
export type LearnedPair = readonly [original: string, corrected: string];

/** The agreed format: `original<TAB>corrected` per line; other lines (comments, blanks) are kept as they are. */
export function formatLearnedPair([original, corrected]: LearnedPair): string {
  return `${original}\t${corrected}`;
}

/** A pair the TSV can hold: non-empty, different, and free of tabs and line breaks. */
export function isStorablePair([original, corrected]: LearnedPair): boolean {
  const clean = (s: string) => s.trim().length > 0 && !/[\t\r\n]/.test(s);
  return clean(original) && clean(corrected) && original !== corrected;
}

export function parseLearnedDictionary(text: string): LearnedPair[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.length > 0 && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter((cells): cells is [string, string] => cells.length === 2)
    .map(([o, c]) => [o, c] as const);
}

/**
 * Adds and removes pairs, keeping every other line of the file in place,
 * and writes the file atomically. Returns the pairs that were newly added.
 */
export async function updateLearnedDictionary(
  path: string,
  change: { add: readonly LearnedPair[]; remove: readonly LearnedPair[] },
): Promise<LearnedPair[]> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const removeSet = new Set(change.remove.map(formatLearnedPair));
  const kept = existing.split(/\r?\n/).filter((l) => l.length > 0 && !removeSet.has(l));
  const present = new Set(kept);
  const added: LearnedPair[] = [];
  for (const pair of change.add) {
    const line = formatLearnedPair(pair);
    if (!isStorablePair(pair) || present.has(line)) continue;
    present.add(line);
    kept.push(line);
    added.push(pair);
  }
  const next = kept.length > 0 ? kept.join('\n') + '\n' : '';
  if (next !== existing) await writeFileAtomic(path, next);
  return added;
}
