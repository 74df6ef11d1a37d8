import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon, repairText } from '../../src/repair/index.ts';
import { DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'element-twin-'));
const dictionary = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// "Ramsson" splits into the name elements ram- and -sson; only "Råmsson" is a listed name.
const listedWithDiacritic = await loadLexicon({ dictionaries: [dictionary('one.txt', 'Råmsson\n')] });
const bothListed = await loadLexicon({ dictionaries: [dictionary('both.txt', 'Råmsson\nRamsson\n')] });

describe('a listed surname beside a plain spelling only name elements build', () => {
  it('is written in on a damaged page, the plain spelling being no listed name', () => {
    const { text } = repairText(`${damaged}Vendela Ramsson deltog.`, listedWithDiacritic, { threshold: 0.8 });
    expect(text).toContain('Vendela Råmsson deltog.');
  });
  it('stays a suggestion at most where both spellings are listed names', () => {
    const { text, corrections } = repairText(`${damaged}Vendela Ramsson deltog.`, bothListed, { threshold: 0.8 });
    expect(text).toContain('Vendela Ramsson deltog.');
    expect(corrections.filter((c) => c.original === 'Ramsson' && c.applied)).toHaveLength(0);
  });
});
