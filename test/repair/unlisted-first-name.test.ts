import { describe, expect, it } from 'vitest';
import { repairText } from '../../src/repair/index.ts';
import { loadTestLexicon, DAMAGED_PAGE as damaged } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();


describe('an unlisted capitalised word before a surname', () => {
  it('is kept as a name when only merging its letters would make it a common word', () => {
    // 'Sédi' could be read 'Säl' (éd → ä, i → l), but before a surname it is a first name no list knows.
    const result = repairText(`${damaged}Deltagare: Sédi Berglund, Region Uppsala`, lexicon, { threshold: 0.8 });
    expect(result.text).toContain('Sédi Berglund');
    expect(result.corrections.filter((c) => c.original === 'Sédi' && c.applied)).toEqual([]);
  });
  it('is kept when it already spells a word, rather than traded for another common word', () => {
    // 'Saga' is a word (and a first name); 'säga' is the commoner word, but not before a surname.
    const result = repairText(`${damaged}Till sekreterare valdes Saga Tallberga och till justerare Ove Grusvall.`, lexicon, { threshold: 0.8 });
    expect(result.text).toContain('Saga Tallberga');
  });
});

