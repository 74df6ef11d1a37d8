import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, repairText, type Lexicon } from '../../src/repair/index.ts';

let lexicon: Lexicon;
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'near-')), 'places.txt');
  writeFileSync(file, 'Högsätrabacken\nKvarnvrålet\n');
  lexicon = await loadLexicon({ dictionaries: [file] });
});

const DAMAGED = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.';
const CLEAN = 'Mötet öppnades och närvarande hälsades välkomna. Förslaget om förändring av målen för året godkändes.';

describe('over-damaged domain words', () => {
  it('restores a domain place name one slip beyond the confusion table on a damaged page', () => {
    const { corrections } = repairText(`${DAMAGED}\nVi besokte Hogsatrabacqen i maj.`, lexicon, { threshold: 0.8 });
    expect(corrections.find((c) => c.original === 'Hogsatrabacqen')?.corrected).toBe('Högsätrabacken');
  });
  it('leaves the same token alone on a page that kept its diacritics', () => {
    const { corrections } = repairText(`${CLEAN}\nVi besökte Hogsatrabacqen i maj.`, lexicon, { threshold: 0.5 });
    expect(corrections.find((c) => c.original === 'Hogsatrabacqen')).toBeUndefined();
  });
});
