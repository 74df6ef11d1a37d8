import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('a role in brackets after a name', () => {
  it('is the agent noun in -ör its lost ö hid', () => {
    expect(repairedLine('Narvarande: Tova Grip (kassor), Olle Sand')).toBe('Närvarande: Tova Grip (kassör), Olle Sand');
  });
  it('leaves the plural in -or where no name stands before it', () => {
    expect(repairedLine('Butiken fick nya kassor i maj.')).toContain('nya kassor');
  });
});

describe('a role after a name and a comma', () => {
  it('is the agent noun in -ör its lost ö hid', () => {
    expect(repairedLine('Narvarande: Tova Grip, kassor; Olle Sand, sekreterare')).toBe('Närvarande: Tova Grip, kassör; Olle Sand, sekreterare');
  });
  it('leaves the plural in -or after a comma that follows no name', () => {
    expect(repairedLine('Vi har skrivare, kassor och datorer.')).toContain('skrivare, kassor och');
  });
});
