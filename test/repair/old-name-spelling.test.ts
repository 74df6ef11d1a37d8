import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';
import { nameSplit, withOldSpellings } from '../../src/repair/lexicon.ts';

const lexicon = await loadTestLexicon();


describe('surnames in the old W-for-V spelling', () => {
  it('adds a w- start for every v- start element', () => {
    const starts = new Set(['väst', 'berg']);
    withOldSpellings(starts);
    expect([...starts].sort()).toEqual(['berg', 'väst', 'wäst']);
  });
  it('splits a W- surname into name elements', () => {
    expect(nameSplit(lexicon, 'wästholm')).toEqual(['wäst', 'holm']);
  });
  it('restores the ä of a W- surname on a damaged page', () => {
    expect(repairText(`${damaged}Sekreterare var Lena Wastholm.`, lexicon, { threshold: 0.8 }).text).toContain('Lena Wästholm.');
  });
});

describe('short capitalised names', () => {
  it('are not replaced by a listed name one plain letter away, even on a damaged page', () => {
    const { text, corrections } = repairText(`${damaged}Sekreterare var Lena Wadlin.`, lexicon, { threshold: 0 });
    expect(text).toContain('Lena Wadlin.');
    expect(corrections.find((c) => c.original === 'Wadlin')).toBeUndefined();
  });
});

describe('surnames in the genitive', () => {
  it('split into name elements with the genitive -s on the end element', () => {
    expect(nameSplit(lexicon, 'tallsjös')).toEqual(['tall', 'sjös']);
  });
  it('get their diacritics back on a damaged page', () => {
    expect(repairText(`${damaged}Ledamoten Tallsjos yrkande avslogs.`, lexicon, { threshold: 0.8 }).text).toContain("Tallsjös yrkande");
  });
});
