import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, repairText, type Lexicon } from '../../src/repair/index.ts';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await loadLexicon({ dictionaries: [] });
}, 30_000);

const damaged = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.\n';

describe('compound readings ranked by their last part', () => {
  it('reads an unlisted compound with the commoner of two diacritic heads (läsningen, not låsningen)', () => {
    const { corrections } = repairText(`${damaged}Vi talade om vinterlovslasningen i byn.`, lexicon, { threshold: 0 });
    expect(corrections.find((c) => c.original === 'vinterlovslasningen')?.corrected).toBe('vinterlovsläsningen');
  });
});
