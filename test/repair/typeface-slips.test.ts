import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();

const repaired = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

// Slips the English model makes on faces beyond Helvetica, Times and Courier, learned from the
// training text printed in them (training/scan-ocr-typefaces), not from any fixture.
describe('slips learned from more typefaces', () => {
  it('reads 4 as å where the face draws the ring low', () => {
    expect(repaired('Grusbyn f4r ett nytt bidrag.')).toBe('Grusbyn får ett nytt bidrag.');
    expect(repaired('Fragan behandlas p4 nasta mote.')).toBe('Frågan behandlas på nästa möte.');
  });
  it('reads & as ö at the start of a word', () => {
    expect(repaired('Beslutet kan &verklagas.')).toBe('Beslutet kan överklagas.');
  });
  it('reads d& as ä, the dots split off as a sign beside the bowl', () => {
    expect(repaired('Tallbyns nd&mnd sammantrader i maj.')).toBe('Tallbyns nämnd sammanträder i maj.');
  });
  it('reads several d for å, ä or ö in one long word, as those faces often print them', () => {
    expect(repaired('Tallbyns skolhdlsovdrd byggs ut.')).toBe('Tallbyns skolhälsovård byggs ut.');
    expect(repaired('Grusbyns miljdndmnd tog upp fragan.')).toBe('Grusbyns miljönämnd tog upp frågan.');
  });
  it('leaves valid words whose plain letter pairs those faces also slip on', () => {
    expect(repaired('Hon kan bidra med underlag i KS-salen.')).toBe('Hon kan bidra med underlag i KS-salen.');
  });
});
