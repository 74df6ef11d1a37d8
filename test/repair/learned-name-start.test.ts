import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repairedLine = (line: string): string => repairText(`${damaged}${line}`, lexicon, { threshold: 0.8 }).text.split('\n')[1]!;

describe('name start elements learned from the proper nouns hunspell lists', () => {
  it('give a surname of a learned start and an end element its å/ä/ö back (tors- + -näs)', () => {
    expect(repairedLine('Till justerare valdes Eva Torsnas och Kim Lund.')).toContain('Eva Torsnäs');
  });
  it('give a place of a learned start and an end element its å/ä/ö back (furu- + -äng)', () => {
    expect(repairedLine('Vi samlas vid Furuang klockan tio.')).toContain('vid Furuäng');
  });
  it('never include the plain spelling the English model makes of a hand-written start with å/ä/ö (hall- of häll-)', () => {
    expect(lexicon.nameStarts.has('hall')).toBe(false);
    expect(lexicon.nameStarts.has('borg')).toBe(true);
  });
});
