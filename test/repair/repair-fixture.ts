import { FormTable } from '../../src/repair/form-table.ts';
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

/**
 * A tiny lexicon of invented forms, for tests of one search or index: `forms` with their flags (1 stands alone,
 * 2 begins a compound, 4 stands inside one, 8 ends one), domain words as printed, and name elements. The parts a test
 * never reaches (context model, confusion table) are left out.
 */
export function tinyLexicon(forms: Array<[string, number]>, domain: string[] = [], nameStarts: string[] = [], nameEnds: string[] = []): Lexicon {
  return {
    forms: new FormTable(forms, 64),
    domain: new Map(domain.map((d) => [d.toLowerCase(), d])),
    learned: new Map(),
    frequency: new Map(),
    context: undefined as never,
    confusions: undefined as never,
    nameStarts: new Set(nameStarts),
    nameEnds: new Set(nameEnds),
    cache: new Map(),
  };
}
