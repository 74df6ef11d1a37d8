import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
/** A page the Swedish model read: its å, ä and ö are intact. */
const CLEAN_PAGE = 'När vi gick över bron såg vi många båtar och fåglar på sjön. Mötet öppnades och förslaget godkändes.\n';
const repaired = (text: string): string => repairText(CLEAN_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(CLEAN_PAGE.length);

describe('a name on a clean page that only loses a letter to meet a listed name', () => {
  it('stays as printed: the Swedish model reads a name’s letters as they stand', () => {
    expect(repaired('Sekreterare Eva Åkström, Vrebo')).toBe('Sekreterare Eva Åkström, Vrebo');
  });
});
