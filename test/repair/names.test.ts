import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';
import { nameSplit, parseNameElements } from '../../src/repair/lexicon.ts';

const lexicon = await loadTestLexicon();

const damaged = 'Nar vi gick over bron sag vi manga batar och fagler pa sjon.\n';

describe('name elements', () => {
  it('reads start and end elements from the element file format', () => {
    const { starts, ends } = parseNameElements('# comment\nbjörk- -vik\n');
    expect([...starts]).toEqual(['björk']);
    expect([...ends]).toEqual(['vik']);
  });
  it('splits a surname no list holds into name elements', () => {
    expect(nameSplit(lexicon, 'björkvik')).toEqual(['björk', 'vik']);
  });
  it('does not call a random string a name', () => {
    expect(nameSplit(lexicon, 'qzxvik')).toBeNull();
  });
  it('restores the diacritic of an unlisted surname made of name elements on a damaged page', () => {
    expect(repairText(`${damaged}Mötet leddes av Ulla Tallsjo.`, lexicon, { threshold: 0.8 }).text).toContain('Tallsjö');
  });
});

describe('word priors of ambiguous pairs', () => {
  it('prefers the common diacritic reading on a damaged page', () => {
    expect(repairText(`${damaged}Mötet halls i stadshuset.`, lexicon, { threshold: 0.8 }).text).toContain('hålls');
  });
  it('keeps the plain reading on a clean page', () => {
    const clean = 'När vi gick över bron såg vi många båtar och fåglar på sjön.\n';
    expect(repairText(`${clean}Laget vann matchen.`, lexicon, { threshold: 0.8 }).text).toContain('Laget vann');
  });
});

describe('more name elements', () => {
  it('accepts a capitalised name of an örn- start and a -vik end with its Ö restored on a damaged page', async () => {
    const { loadLexicon, repairText } = await import('../../src/repair/index.ts');
    const lexicon = await loadLexicon({ dictionaries: [] });
    const page = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.\nSekreterare var Per Ornvik och Eva Stalstrom.';
    const { text } = repairText(page, lexicon, { threshold: 0.8 });
    expect(text).toContain('Per Örnvik och Eva Stålström');
  });
});

describe('long capitalised words', () => {
  it('get no name prior, so a stray letter in a long heading compound is repaired', async () => {
    const { loadLexicon, repairText } = await import('../../src/repair/index.ts');
    const lexicon = await loadLexicon({ dictionaries: [] });
    const { corrections } = repairText('Mötet öppnades och närvarande hälsades välkomna.\nSkogsvårdsplaneiringens mål', lexicon, { threshold: 0.5 });
    expect(corrections.find((c) => c.original === 'Skogsvårdsplaneiringens')?.corrected).toBe('Skogsvårdsplaneringens');
  });
});

describe('capitalised words keep their letters', () => {
  const DAMAGED = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.';
  it('keeps a doubled last letter of a capitalised word at a line end (a name, not a slip)', async () => {
    const { loadLexicon, repairText } = await import('../../src/repair/index.ts');
    const lexicon = await loadLexicon({ dictionaries: [] });
    const { text } = repairText(`${DAMAGED}\nVi kontaktade Stigg\noch fick svar.`, lexicon, { threshold: 0.5 });
    expect(text).toContain('Vi kontaktade Stigg\n');
  });
  it('gives a capitalised listed word no dropped leading letter', async () => {
    const { loadLexicon, repairText } = await import('../../src/repair/index.ts');
    const lexicon = await loadLexicon({ dictionaries: [] });
    const { corrections } = repairText(`${DAMAGED}\nNärvarande: Lisa Berg, Tor Ek`, lexicon, { threshold: 0.5 });
    expect(corrections.find((c) => c.original === 'Berg')).toBeUndefined();
  });
});

describe('name twins', () => {
  it('only flags a listed name whose diacritic twin is listed too', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadLexicon, repairText } = await import('../../src/repair/index.ts');
    const file = join(mkdtempSync(join(tmpdir(), 'twins-')), 'names.txt');
    writeFileSync(file, 'Narit\nNärit\n');
    const lexicon = await loadLexicon({ dictionaries: [file] });
    // The diacritic twin is the commoner one in our counts.
    lexicon.frequency.set('närit', 200);
    const page = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.\nDeltagare: Narit Holm';
    const { text, corrections } = repairText(page, lexicon, { threshold: 0.8 });
    expect(text).toContain('Deltagare: Narit Holm');
    const flag = corrections.find((c) => c.original === 'Narit');
    if (flag) expect(flag.applied).toBe(false);
  });
});

describe('a name whose lost diacritic leaves a common word', () => {
  // "Täck" stands for any listed surname whose plain spelling is a common word ("tack").
  const withName = { ...lexicon, domain: new Map([...lexicon.domain, ['täck', 'Täck'], ['tackman', 'Tackman'], ['täckman', 'Täckman']]), cache: new Map() };
  const repaired = (line: string): string => repairText(`${damaged}${line}`, withName, { threshold: 0.8 }).text.split('\n')[1]!;
  it('is the listed name where it stands after a first name', () => {
    expect(repaired('Till justerare valdes Goran Tack (V) och Eva Lund (S).')).toContain('Göran Täck (V)');
  });
  it('stays the common word outside a name', () => {
    expect(repaired('Tack for i dag.')).toBe('Tack för i dag.');
  });
  it('stays as written when the plain spelling is a listed name too', () => {
    expect(repaired('Till justerare valdes Goran Tackman (V) och Eva Lund (S).')).toContain('Göran Tackman (V)');
  });
});
