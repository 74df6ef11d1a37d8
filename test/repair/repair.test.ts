import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../src/domain/index.ts';
import { analyseCompound } from '../../src/repair/compound.ts';
import { loadLexicon, repairPage, repairText, type Lexicon } from '../../src/repair/index.ts';

let lexicon: Lexicon;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'repair-'));
  const file = join(dir, 'extra.txt');
  writeFileSync(file, '# test dictionary\nGrönnäsvik\nQvzlund\tKvarnlund\n');
  lexicon = await loadLexicon({ dictionaries: [file] });
}, 30_000);

const fix = (text: string): string => repairText(text, lexicon, { threshold: 0.8 }).text;

describe('repairText', () => {
  it('restores ö lost as o in a known word', () => expect(fix('Vi såg en bjorn')).toBe('Vi såg en björn'));
  it('restores ö written as 6 or é', () => expect(fix('kéttbullar och gr6na')).toBe('köttbullar och gröna'));
  it('restores ä written as i or d', () => expect(fix('en vinlig hilsning')).toBe('en vänlig hälsning'));
  it('restores å lost as a', () => expect(fix('han gick fran stranden')).toBe('han gick från stranden'));
  it('restores Ö written as G at a word start', () => expect(fix('Gvningen började')).toBe('Övningen började'));
  it('keeps the capitals of an all-caps word', () => expect(fix('BJORNAR')).toBe('BJÖRNAR'));
  it('reads "ar" after "det" as är and after "varje" as år', () => {
    expect(fix('det ar kallt')).toBe('det är kallt');
    expect(fix('varje ar.')).toBe('varje år.');
  });
  it('reads "for" and "pa" as för and på', () => expect(fix('tack for maten pa bordet')).toBe('tack för maten på bordet'));
  it('restores a diacritic inside an unlisted compound', () => expect(fix('skogsnatverket')).toBe('skogsnätverket'));
  it('does not turn a valid word into another by a rare slip', () => expect(fix('på sitt sätt')).toBe('på sitt sätt'));
  it('reads l written as I in a short word', () => expect(fix('kI. 10')).toBe('kl. 10'));
  it('applies a learned pair from an extra dictionary', () => expect(fix('Qvzlund')).toBe('Kvarnlund'));
  it('knows a word from an extra dictionary', () => expect(fix('Grönnäsvik')).toBe('Grönnäsvik'));
  it('leaves punctuation, spacing and line breaks byte-identical', () => {
    const input = '  ”Bjorn” ,  (fran)\n\n- slut.  ';
    expect(fix(input)).toBe('  ”Björn” ,  (från)\n\n- slut.  ');
  });
});

describe('repairText must not change', () => {
  const unchanged = [
    'armén och entrén vid caféet',
    'www.exempelby.se och kansli@exempelby.se',
    'KS KF SN TN ÖP2040',
    'den 2031-04-05 kl. 13.15',
    '§ 14 och § 15',
    'Zyrtmoff och Blixtqvist',
  ];
  for (const text of unchanged) it(`keeps "${text}"`, () => expect(fix(text)).toBe(text));
});

describe('corrections', () => {
  it('reports the 1-based line and column of the original token', () => {
    const { corrections } = repairText('ja\nen dorren', lexicon, { threshold: 0.8 });
    expect(corrections[0]).toMatchObject({ line: 2, column: 4, original: 'dorren', corrected: 'dörren', applied: true, evidence: 'lexicon' });
    expect(corrections[0]!.reason).toContain('o→ö');
  });
  it('flags without applying below the threshold', () => {
    const { text, corrections } = repairText('en bjorn', lexicon, { threshold: 1 });
    expect(text).toBe('en bjorn');
    expect(corrections[0]?.applied).toBe(false);
  });
});

describe('compound analysis', () => {
  it('prefers few long parts over many short ones', () => {
    const good = analyseCompound('skogsnätverket', lexicon);
    const bad = analyseCompound('skogsnitverket', lexicon);
    expect(good).not.toBeNull();
    expect(bad === null || bad.cost > good!.cost).toBe(true);
  });
});

describe('repairPage', () => {
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  const page: Page = {
    number: 3, width: 100, height: 100, source: 'ocr', rotation: 0, notes: [],
    lines: [{ block: 0, bbox: box, words: [{ text: 'Vi', bbox: box, confidence: 0.9 }, { text: 'bjorn,', bbox: box, confidence: 0.6 }] }],
  };
  it('writes the repair into the word and keeps its box and confidence', () => {
    const result = repairPage(page, lexicon, { threshold: 0.8 });
    expect(result.page.lines[0]!.words[1]).toEqual({ text: 'björn,', bbox: box, confidence: 0.6 });
    expect(result.corrections[0]).toMatchObject({ page: 3, line: 1, column: 4, bbox: box });
    expect(page.lines[0]!.words[1]!.text).toBe('bjorn,');
  });
  it('counts words nothing accepts', () => {
    const odd: Page = { ...page, lines: [{ ...page.lines[0]!, words: [{ text: 'Xqzzyvv', bbox: box, confidence: 0.5 }] }] };
    expect(repairPage(odd, lexicon, { threshold: 0.8 }).unknownWords).toBe(1);
  });
});
