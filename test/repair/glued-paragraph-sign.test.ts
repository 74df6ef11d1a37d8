import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';
import { gluedParagraphSignFix } from '../../src/repair/patterns.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';

const lexicon = await loadTestLexicon();

describe('§ read as 8 and glued to its number', () => {
  it('is § where the text numbers its items with §', () => {
    const text = 'Paragrafer 17–19\n817 Val av justerare\n818 Grusvägar i Tallby';
    expect(repairText(text, lexicon, { threshold: 0.8 }).text).toBe('Paragrafer 17–19\n§17 Val av justerare\n§18 Grusvägar i Tallby');
  });
  it('stays a number in a text without paragraphs', () => {
    expect(repairText('Ärenden\n817 Grusvägar i Tallby', lexicon, { threshold: 0.8 }).text).toBe('Ärenden\n817 Grusvägar i Tallby');
  });
  it('stays a number when no title follows it', () => {
    expect(gluedParagraphSignFix(tokeniseLine('817 kronor per år'), 0, true)).toBeNull();
  });
});
