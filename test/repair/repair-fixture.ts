import { loadLexicon, type Lexicon } from '../../src/repair/index.ts';

/**
 * An opening line of typical English-model damage. Repair reads a page's damage profile from
 * its words, so a test line placed after this one is judged as on a damaged archive page.
 */
export const DAMAGED_PAGE = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.\n';

/** The shipped lexicon, without user dictionaries: what `minutes repair` loads by default. */
export function loadTestLexicon(): Promise<Lexicon> {
  return loadLexicon({ dictionaries: [] });
}
