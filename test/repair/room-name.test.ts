import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { followsRoomWord } from '../../src/repair/room-name.ts';
import { tokeniseLine } from '../../src/repair/tokenise.ts';
import { DAMAGED_PAGE, loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const repaired = (text: string): string => repairText(DAMAGED_PAGE + text, lexicon, { threshold: 0.8 }).text.slice(DAMAGED_PAGE.length);
const names = (line: string, k: number): boolean => followsRoomWord(tokeniseLine(line), k);

describe("the capitalised word after a room word: the room's name", () => {
  it('reads it as the place hunspell knows only with its capital', () => {
    expect(repaired('Plats: Kommunhuset, sal Djuras')).toBe('Plats: Kommunhuset, sal Djurås');
    expect(repaired('Deltagare Djuras')).toBe('Deltagare Djuras');
  });
  it('knows room words damaged or compounded, definite or not', () => {
    expect(names('sammantradesrum Ekudden', 1)).toBe(true);
    expect(names('i konferensrummet Ekudden', 2)).toBe(true);
    expect(names('Stora salen Ekudden', 2)).toBe(true);
    expect(names('lokal Ekudden', 1)).toBe(true);
  });
  it('leaves a word after a room word closed by punctuation, or a small-letter word', () => {
    expect(names('Foreningslokalen, Ekudden', 1)).toBe(false);
    expect(names('rum for moten', 1)).toBe(false);
  });
  it('keeps the capital of a room named with a common word', () => {
    expect(repaired('Plats: rum Alvdalen')).not.toContain('rum älvdalen');
  });
  it('never reads the name as a verb', () => {
    expect(repaired('Plats: konferensrummet Saga kl. 9')).toContain('konferensrummet Saga');
  });
});
