import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.ts';

/** A dotfile, so the watcher never mistakes it (or its atomic-write temps) for input. */
export const STATE_FILE = '.minutes-state.json';

export interface ProcessedRecord {
  /** The original's name when it arrived. */
  file: string;
  /** NAME.json written for it. */
  output: string;
  at: string;
}

interface StateShape {
  version: 1;
  processed: Record<string, ProcessedRecord>;
}

/**
 * The inbox's memory of which PDFs (by sha256) it has already imported, so a
 * file dropped again is recognised as a duplicate across watcher restarts.
 */
export interface InboxState {
  lookup(sha256: string): ProcessedRecord | undefined;
  remember(sha256: string, record: ProcessedRecord): Promise<void>;
}

export async function loadInboxState(inbox: string): Promise<InboxState> {
  const path = join(inbox, STATE_FILE);
  let state: StateShape = { version: 1, processed: {} };
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<StateShape>;
    if (parsed.version === 1 && parsed.processed && typeof parsed.processed === 'object') state = { version: 1, processed: parsed.processed };
  } catch {
    // Missing or unreadable: start empty. The worst case is one extra, harmless, import.
  }
  let writing: Promise<void> = Promise.resolve();
  return {
    lookup: (sha256) => state.processed[sha256],
    remember(sha256, record) {
      state.processed[sha256] = record;
      // Writes are chained so that a slow write never lands after a newer one.
      writing = writing.catch(() => undefined).then(() => writeFileAtomic(path, JSON.stringify(state, null, 1) + '\n'));
      return writing;
    },
  };
}
