import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon, repairText, type Lexicon } from '../../src/repair/index.ts';

let lexicon: Lexicon;
beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'rare-')), 'words.txt');
  writeFileSync(file, 'blömpa\nskrövla\nflinkar\nflänkar\n');
  lexicon = await loadLexicon({ dictionaries: [file] });
  // The frequency list marks "blömpa" as a rare word (below 1 per million).
  lexicon.frequency.set('blömpa', 0.2);
  // An invented pair: 'flinkar' marked rare, 'flänkar' common.
  lexicon.frequency.set('flinkar', 0.2);
  lexicon.frequency.set('flänkar', 60);
});

describe('rare readings', () => {
  it('flags, never applies, a reading the frequency list marks as rare', () => {
    const { text, corrections } = repairText('en blompa till', lexicon, { threshold: 0.8 });
    expect(text).toBe('en blompa till');
    const flagged = corrections.find((c) => c.original === 'blompa');
    if (flagged) expect(flagged.applied).toBe(false);
  });
  it('still applies an ordinary listed reading', () => {
    const { text } = repairText('en skrovla till', lexicon, { threshold: 0.8 });
    expect(text).toBe('en skrövla till');
  });
});

// A page that lost its å, ä and ö throughout (an English-model text layer).
const DAMAGED = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.';
const CLEAN = 'Mötet öppnades och närvarande hälsades välkomna. Förslaget om förändring av målen för året godkändes.';

describe('frequent rivals of rare short words', () => {
  it('reads a rare two-letter word as a very frequent one on a damaged page', () => {
    expect(repairText(`${DAMAGED}\nBudgeten ir lagd och vi gick pi lunch.`, lexicon, { threshold: 0.5 }).text).toContain('Budgeten är lagd och vi gick på lunch.');
  });
  it('leaves the rare word alone on a page that kept its diacritics', () => {
    expect(repairText(`${CLEAN}\nBudgeten ir lagd och vi gick pi lunch.`, lexicon, { threshold: 0.5 }).text).toContain('Budgeten ir lagd och vi gick pi lunch.');
  });
});

describe('dropped leading diacritic letter', () => {
  it('restores a leading ö where that gives a frequent word', () => {
    const { corrections } = repairText(`${DAMAGED}\nKostnaderna har kat och dorren ppnat.`, lexicon, { threshold: 0.8 });
    expect(corrections.find((c) => c.original === 'ppnat')?.corrected).toBe('öppnat');
    expect(corrections.find((c) => c.original === 'kat')?.corrected).toBe('ökat');
  });
  it('writes a capital for a title-case token', () => {
    const { corrections } = repairText(`${DAMAGED}\nVer tid har antalet vuxit.`, lexicon, { threshold: 0.5 });
    expect(corrections.find((c) => c.original === 'Ver')?.corrected).toBe('Över');
  });
  it('adds no leading letter to a common word', () => {
    const { text } = repairText(`${DAMAGED}\nHon tog ett kort mote.`, lexicon, { threshold: 0.5 });
    expect(text).toContain('Hon tog ett kort');
  });
});

describe('words the frequency list marks rare', () => {
  it('may be a slip beyond lost diacritics for a much commoner word on a damaged page', () => {
    expect(repairText(`${DAMAGED}\nHon flinkar pappren.`, lexicon, { threshold: 0.5 }).text).toContain('Hon flänkar pappren.');
  });
  it('stay as written on a page that kept its diacritics', () => {
    expect(repairText(`${CLEAN}\nHon flinkar pappren.`, lexicon, { threshold: 0.5 }).text).toContain('Hon flinkar pappren.');
  });
});

describe('a stray letter with lost diacritics', () => {
  it('drops the stray letter and restores the diacritics in a long lower-case word', () => {
    const { corrections } = repairText(`${DAMAGED}\nArendet gick till forvaltnoingen igen.`, lexicon, { threshold: 0.5 });
    expect(corrections.find((c) => c.original === 'forvaltnoingen')?.corrected).toBe('förvaltningen');
  });
});

describe('a double consonant read as one', () => {
  it('reads the double back where that gives a very common word', () => {
    expect(repairText(`${DAMAGED}\nVi gick til bussen.`, lexicon, { threshold: 0.8 }).text).toContain('Vi gick till bussen.');
  });
  it('doubles nothing in a word the lexicon already knows', () => {
    expect(repairText(`${DAMAGED}\nVi gick dit i tid.`, lexicon, { threshold: 0.8 }).text).toContain('Vi gick dit i tid.');
  });
});

describe('half-restored compounds', () => {
  it('do not split the vote of the listed word they half-repair on a damaged page', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'half-')), 'words.txt');
    writeFileSync(file, 'värmeslöjor\n');
    const withWord = await loadLexicon({ dictionaries: [file] });
    // As rare as an ordinary lexicon word, so the half-restored compound is a close second.
    withWord.frequency.set('värmeslöjor', 1);
    const { corrections } = repairText(`${DAMAGED}\nDet kom varmeslojor over staden.`, withWord, { threshold: 0.8 });
    expect(corrections.find((c) => c.original === 'varmeslojor')).toMatchObject({ corrected: 'värmeslöjor', applied: true });
  });
});

describe('frequency estimates', () => {
  it('rank a very common diacritic word above its rare diacritic twin', () => {
    expect(lexicon.frequency.get('gång')!).toBeGreaterThan(10 * lexicon.frequency.get('gäng')!);
  });
});
