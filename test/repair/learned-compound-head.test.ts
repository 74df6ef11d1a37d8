import { describe, expect, it } from 'vitest';
import { analyseCompound } from '../../src/repair/compound.ts';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('compound ends learned from the compounds the lexicon lists', () => {
  it('reads a head hunspell never flags as a compound end but lists hundreds of compounds with (-rådet)', () => {
    expect(repairedLine('Frågan skickas till idrottsradet i Lillby.')).toBe('Frågan skickas till idrottsrådet i Lillby.');
  });
  it('accepts an unlisted compound of such a head as written', () => {
    expect(analyseCompound('friluftsrådet', lexicon)?.parts).toEqual(['frilufts', 'rådet']);
  });
  it('never learns a head that a more productive head becomes without its å/ä/ö (karen beside kåren)', () => {
    expect(analyseCompound('studentkaren', lexicon)).toBeNull();
    expect(repairedLine('Hon valdes in i styrelsen for studentkaren i Lillby.')).toContain('studentkåren');
  });
  it('never learns a plain head whose å/ä/ö twin hunspell flags as an end itself (taget beside tåget)', () => {
    expect(analyseCompound('karnevalstaget', lexicon)).toBeNull();
    expect(repairedLine('Vi tittade pa karnevalstaget i Lillby.')).toContain('karnevalståget');
  });
  it('never learns an inflection ending of the affix file as a head (-ernas)', () => {
    expect(analyseCompound('kommunernas', lexicon)?.parts.at(-1)).not.toBe('ernas');
  });
});
