import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(text, lexicon, { threshold: 0.8 }).text;

describe('an 8 read for § before a paragraph heading', () => {
  it('is § when the number carries a stop or a dash before the title', () => {
    expect(repaired('8 7. Lekplatsen vid ån\n8 8 - Nya cykelställ')).toBe('§ 7. Lekplatsen vid ån\n§ 8 - Nya cykelställ');
  });
  it('is § before a lone number or a continued heading in a text that numbers its items with §', () => {
    expect(repaired('§ 40 Budget\n8 41\n8 40 (forts.)')).toBe('§ 40 Budget\n§ 41\n§ 40 (forts.)');
  });
  it('stays 8 before a lone number in a text without §', () => {
    expect(repaired('Antal deltagare\n8 41')).toBe('Antal deltagare\n8 41');
  });
  it('stays 8 before a lower-case phrase', () => {
    expect(repaired('8 2 stolar saknas')).toBe('8 2 stolar saknas');
  });
});

describe('88 read for §§', () => {
  it('is §§ before a range of paragraph numbers anywhere on a line', () => {
    expect(repaired('Ola Berg (C), ersättare 88 31-33')).toBe('Ola Berg (C), ersättare §§ 31-33');
  });
  it('stays 88 when it is the number after a §', () => {
    expect(repaired('§ 88 31-33')).toBe('§ 88 31-33');
  });
});

describe('a number before an 8 opening a heading', () => {
  it('stays the number: the 8 is the sign written after it', () => {
    expect(repaired('3 8 Vårstädning')).toBe('3 8 Vårstädning');
  });
});
