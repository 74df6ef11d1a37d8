import { describe, expect, it } from 'vitest';
import { buildConfusionTable, generateVariants } from '../../src/repair/confusion-table.ts';
import { identityLogChannel, searchReadings, withRows } from '../../src/repair/variant-search.ts';
import { tinyLexicon } from './repair-fixture.ts';

const table = buildConfusionTable(
  [
    { ocr: 'o', truth: 'ö', count: 30, seen: 100 },
    { ocr: 'a', truth: 'ä', count: 20, seen: 100 },
    { ocr: 'a', truth: 'å', count: 20, seen: 100 },
    { ocr: '6', truth: 'ö', count: 5, seen: 10 },
  ],
  [],
);
const options = { maxEdits: 4, limit: 4000, minLogp: -16, compounds: true };

describe('pruned variant search', () => {
  it('finds the word reading a token with lost diacritics stands for', () => {
    const lexicon = tinyLexicon([['blötmån', 1]]);
    expect(searchReadings('blotman', table, lexicon, options).map((v) => v.text)).toContain('blötmån');
  });
  it('returns no reading that no word, compound or name could be', () => {
    const lexicon = tinyLexicon([['blötmån', 1]]);
    expect(searchReadings('qoqaqo', table, lexicon, options)).toEqual([]);
  });
  it('keeps a reading that splits into a compound begin and end part', () => {
    const lexicon = tinyLexicon([['snöhög', 2], ['mån', 8]]);
    const texts = searchReadings('snohogman', table, lexicon, options).map((v) => v.text);
    expect(texts).toContain('snöhögmån');
    expect(searchReadings('snohogman', table, lexicon, { ...options, compounds: false })).toEqual([]);
  });
  it('keeps a capitalised reading made of a short name start and a name end', () => {
    const lexicon = tinyLexicon([], [], ['öv'], ['mark']);
    expect(searchReadings('Ovmark', table, lexicon, options).map((v) => v.text)).toContain('Övmark');
  });
  it('finds every word reading the full enumeration finds, with the same channel score', () => {
    const lexicon = tinyLexicon([['bröd', 1], ['brod', 1], ['bråd', 1], ['bräd', 1]]);
    const full = generateVariants('brod', table).filter((v) => lexicon.forms.has(v.text));
    const pruned = searchReadings('brod', table, lexicon, options);
    expect(pruned.map((v) => [v.text, v.logChannel]).sort()).toEqual(full.map((v) => [v.text, v.logChannel]).sort());
  });
  it('scores a token read as written by its identity probabilities', () => {
    expect(identityLogChannel('oa', table)).toBeCloseTo((table.identity.get('o') ?? 0) + (table.identity.get('a') ?? 0));
  });
});

describe('a table with one token\'s rows patched in', () => {
  it('reads a token exactly as the same table built whole does', () => {
    const lexicon = tinyLexicon([['blötmån', 1], ['blötmåd', 1], ['flöt', 2], ['mån', 8]]);
    const rows = new Map([
      ['d', [{ truth: 'n', logp: Math.log(0.001) }]],
      ['ot', [{ truth: 'öt', logp: Math.log(0.01) }]],
      ['a', [...table.substitutions.get('a')!, { truth: 'å', logp: Math.log(0.5) }]],
    ]);
    const whole = { substitutions: new Map([...table.substitutions, ...rows]), identity: table.identity };
    const patched = withRows(table, rows);
    for (const token of ['blotmad', 'flotman', 'blotmaa']) {
      expect(searchReadings(token, patched, lexicon, options)).toEqual(searchReadings(token, whole, lexicon, options));
    }
    expect(searchReadings('blotmad', patched, lexicon, options).map((v) => v.text)).toContain('blötmån');
    // The table itself keeps its own rows.
    expect(searchReadings('blotmad', table, lexicon, options).map((v) => v.text)).not.toContain('blötmån');
  });
});
