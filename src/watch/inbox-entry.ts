import { basename, extname } from 'node:path';

/**
 * What a file in the inbox is, from its name alone:
 * - `pdf`: to import (any case of .pdf);
 * - `temporary`: still being written or a lock file (browsers' .part/.crdownload, Office's ~$x, .tmp), left alone;
 * - `hidden`: dotfiles (our own state file and atomic-write temps among them) and OS clutter, left alone;
 * - `other`: not a PDF by name; left alone too, because an inbox on a share often holds unrelated files.
 */
export type InboxEntryKind = 'pdf' | 'temporary' | 'hidden' | 'other';

const TEMPORARY_EXTENSIONS = new Set(['.part', '.partial', '.crdownload', '.download', '.tmp', '.temp', '.filepart', '.swp']);
const OS_CLUTTER = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db']);

export function classifyInboxEntry(path: string): InboxEntryKind {
  const name = basename(path);
  if (name.startsWith('.') || OS_CLUTTER.has(name.toLowerCase())) return 'hidden';
  if (name.startsWith('~$') || name.startsWith('~') || TEMPORARY_EXTENSIONS.has(extname(name).toLowerCase())) return 'temporary';
  return extname(name).toLowerCase() === '.pdf' ? 'pdf' : 'other';
}
