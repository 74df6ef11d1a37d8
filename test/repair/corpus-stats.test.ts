import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attestedWith,
  corpusPerMillion,
  foldDiacritics,
  parseCorpusBigrams,
  parseCorpusWords,
  type CorpusStats,
} from '../../src/repair/corpus-stats.ts';
import { loadLexicon, repairText, type Lexicon } from '../../src/repair/index.ts';

describe('corpus statistics', () => {
  it('folds å and ä to a, ö to o, é to e, and lower-cases', () => {
    expect(foldDiacritics('Blåtäröé')).toBe('blataroe');
  });

  it('ranks a word with more bigram partners as more frequent, and skips comment lines', () => {
    const words = parseCorpusWords('# header\nplonkar\t40\t1\nplönkar\t3\t1\nplankar\t0\t1\n');
    const stats: CorpusStats = { words, pairs: new Set() };
    expect(corpusPerMillion(stats, 'plonkar')!).toBeGreaterThan(corpusPerMillion(stats, 'plönkar')!);
    expect(corpusPerMillion(stats, 'plankar')).toBeGreaterThan(0);
    expect(corpusPerMillion(stats, 'okänt')).toBeUndefined();
  });

  it('matches an attested bigram when the neighbour lost its diacritics', () => {
    const stats: CorpusStats = { words: new Map(), pairs: parseCorpusBigrams('# header\nnyår\tplönkar\nplönkar\tfrån\n') };
    expect(attestedWith(stats, 'plönkar', 'nyar', 'fran')).toEqual({ left: true, right: true });
    expect(attestedWith(stats, 'plonkar', 'nyar', 'fran')).toEqual({ left: false, right: false });
    expect(attestedWith(stats, 'plönkar', '', '')).toEqual({ left: false, right: false });
  });
});

describe('bigram evidence in repair', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'words.txt');
    // An invented pair of valid readings, equally frequent, and two invented neighbours.
    writeFileSync(file, 'klonta\nklönta\nbrättel\nzorpik\n');
    lexicon = await loadLexicon({ dictionaries: [file] });
    lexicon.frequency.set('klonta', 10);
    lexicon.frequency.set('klönta', 10);
    for (const key of parseCorpusBigrams('brättel\tklönta\n')) lexicon.corpus!.pairs.add(key);
  });

  const choice = (text: string): { reading: string; confidence: number } => {
    lexicon.cache.clear();
    const { corrections } = repairText(text, lexicon, { threshold: 0.8 });
    const c = corrections.find((x) => x.original === 'klonta');
    return c ? { reading: c.corrected, confidence: c.confidence } : { reading: 'klonta', confidence: 0 };
  };

  it('prefers the reading the corpus pairs with a damaged neighbour', () => {
    const withPair = choice('Det var en brattel klonta som kom.');
    expect(withPair.reading).toBe('klönta');
    const without = choice('Det var en zorpik klonta som kom.');
    expect(without.reading === 'klonta' || without.confidence < withPair.confidence).toBe(true);
  });
});

describe('a listed word one slip from a commoner word the corpus pairs with its neighbour', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'corpus-slip-')), 'words.txt');
    // Invented: 'trilp' is listed, 'trälp' (i read for ä) is commoner and the corpus pairs it with 'gnarvs'.
    writeFileSync(file, 'trilp\nträlp\ngnarvs\nzorpik\n');
    lexicon = await loadLexicon({ dictionaries: [file] });
    lexicon.frequency.set('trilp', 2);
    lexicon.frequency.set('trälp', 80);
    lexicon.corpus!.words.set('trälp', { partners: 30, listed: true });
    for (const key of parseCorpusBigrams('gnarvs\tträlp\n')) lexicon.corpus!.pairs.add(key);
  });
  // Lost diacritics all over: the page is damaged.
  const damaged = (phrase: string): string => `Vi har fatt manga forslag for ${phrase} och tva moten.`;

  const proposal = (phrase: string): string | undefined => {
    lexicon.cache.clear();
    return repairText(damaged(phrase), lexicon, { threshold: 0.8 }).corrections.find((c) => c.original === 'trilp')?.corrected;
  };

  it('proposes the commoner word where the corpus attests it beside the neighbour', () => {
    expect(proposal('gnarvs trilp')).toBe('trälp');
  });

  it('proposes nothing for the listed word beside a neighbour the corpus pairs with neither', () => {
    expect(proposal('zorpik trilp')).toBeUndefined();
  });
});
