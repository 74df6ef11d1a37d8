import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
/** A page the Swedish model read: its å, ä and ö are intact. */
const CLEAN_PAGE = 'När vi gick över bron såg vi många båtar och fåglar på sjön. Mötet öppnades och förslaget godkändes.\n';
const repaired = (text: string): string => repairText(CLEAN_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(CLEAN_PAGE.length);

describe('the plural passive of the old written standard', () => {
  it('keeps the o of its final -os: no stray letter in the modern form', () => {
    expect(repaired('Frågorna ansågos besvarade och togos till protokollet.')).toBe('Frågorna ansågos besvarade och togos till protokollet.');
  });
});

describe('the old plural passive on a page that lost its å, ä and ö', () => {
  const damaged = 'Motet oppnades och narvarande halsades valkomna. Forslaget om forandring av malen for aret godkandes.\n';
  const repairedDamaged = (line: string): string => repairText(damaged + line, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;
  it('gets its å/ä/ö back from the listed past passive it is built on (ansags -> ansågos)', () => {
    expect(repairedDamaged('Fragorna ansagos besvarade.')).toBe('Frågorna ansågos besvarade.');
  });
});
