import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const clean = 'När vi gick över bron såg vi många båtar och fåglar på sjön. Mötet öppnades och förslaget godkändes.\n';

describe('é on a page whose OCR reads å, ä and ö', () => {
  it('keeps a surname ending in -én whose é→ö reading is a known word', () => {
    const { text, corrections } = repairText(`${clean}Ordförande var Lisa Björkén (L).`, lexicon, { threshold: 0.8 });
    expect(text).toContain('Lisa Björkén (L)');
    expect(corrections.filter((c) => c.applied)).toEqual([]);
  });
  it('keeps an unlisted -én surname made of a name element', () => {
    expect(repairText(`${clean}Sekreterare var Olle Kvarnén.`, lexicon, { threshold: 0.8 }).text).toContain('Olle Kvarnén.');
  });
  it('still reads é as ö where the page lost its diacritics', () => {
        expect(repairText(`${damaged}Vi sag ett fargglatt fartyg vid bryggan pa sjén.`, lexicon, { threshold: 0.8 }).text).toContain('sjön');
  });
});
