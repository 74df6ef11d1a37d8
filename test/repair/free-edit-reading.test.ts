import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (line: string) => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 });
const repairedLine = (line: string): string => repaired(line).text.split('\n')[1]!;

describe('a long word with one slip the confusion table never learned', () => {
  it('is read as the listed word that slip and lost dots give, when nothing else explains it', () => {
    expect(repairedLine('Hon ledde forsamlingsmbtet idag.')).toBe('Hon ledde församlingsmötet idag.');
  });
  it('is read through a plain letter drawn for an ö the table never pairs with it', () => {
    expect(repairedLine('Han talade om lakarbesbket.')).toContain('läkarbesöket');
  });
  it('gets a confidence below a reading the table explains alone', () => {
    const fix = repaired('Hon ledde forsamlingsmbtet idag.').corrections.find((c) => c.original === 'forsamlingsmbtet');
    expect(fix?.confidence).toBeLessThan(0.9);
  });
});

describe('one free edit never', () => {
  it('changes a short unknown word, whose letters say too little', () => {
    expect(repairedLine('Kort ord: lanq och vag.')).toContain('lanq');
  });
  it('changes a word with one odd letter and no lost å, ä or ö: it may be a word the lists lack', () => {
    expect(repairedLine('Planen galler for hela kammunen.')).toContain('hela kammunen');
  });
  it('changes a word whose ending one letter turns into another inflection: a form the lists lack', () => {
    expect(repairedLine('Styrelsen beslutor om budgeten.')).toContain('beslutor');
  });
  it('turns a capitalised word no list holds, a name, into a rare word', () => {
    expect(repairedLine('Mötet leddes av Bjarnolf Tessingrud.')).toContain('Bjarnolf Tessingrud');
  });
});
