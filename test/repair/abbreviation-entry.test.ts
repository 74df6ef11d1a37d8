import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon, repairText } from '../../src/repair/index.ts';
import { analyseCompound } from '../../src/repair/compound.ts';
import { knowWord } from '../../src/repair/lexicon.ts';
import { DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'abbreviation-'));
const dictionary = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const withWord = await loadLexicon({ dictionaries: [dictionary('word.txt', 'trp\n')] });
const withAbbreviation = await loadLexicon({ dictionaries: [dictionary('abbreviation.txt', 'trp.\n')] });

describe('a dictionary entry ending in a full stop', () => {
  it('is a known word without its full stop', () => {
    expect(knowWord(withAbbreviation, 'trp')).toBe('domain');
  });
  it('never stands inside a compound, as a plain entry may', () => {
    expect(analyseCompound('hustrp', withWord)).not.toBeNull();
    expect(analyseCompound('hustrp', withAbbreviation)).toBeNull();
  });
});

describe('a weekday abbreviation in a meeting date', () => {
  it('is kept as written on a damaged page', () => {
    const text = repairText(`${damaged}Tid: tis 3 okt, kl 9.00`, withAbbreviation, { threshold: 0.8 }).text;
    expect(text.split('\n')[1]).toBe('Tid: tis 3 okt, kl 9.00');
  });
});
