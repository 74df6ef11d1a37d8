import { describe, expect, it } from 'vitest';
import { mayHaveDiacriticTwin } from '../../src/repair/diacritic-twins.ts';
import type { Lexicon } from '../../src/repair/lexicon.ts';
import { tinyLexicon } from './repair-fixture.ts';

const lostDiacritics = {
  substitutions: new Map([
    ['a', [{ truth: 'ä', logp: -1 }, { truth: 'å', logp: -2 }]],
    ['A', [{ truth: 'Ä', logp: -1 }]],
    ['o', [{ truth: 'ö', logp: -1 }]],
  ]),
  identity: new Map(),
};
const twin = (lexicon: Lexicon, token: string) => mayHaveDiacriticTwin(lexicon, lostDiacritics, token, token.toLowerCase());

describe('a listed token with a twin spelled with å, ä or ö', () => {
  const lexicon = tinyLexicon([['klarsam', 1], ['klärsöm', 1], ['trumpa', 1], ['trumpå', 2]], ['Gloven', 'Glöven']);
  it('is told apart from one no listed or domain word spells with å, ä or ö', () => {
    expect(twin(lexicon, 'klarsom')).toBe(true);
    expect(twin(lexicon, 'Klarsom')).toBe(true);
    expect(twin(lexicon, 'klarsam')).toBe(false);
    expect(twin(lexicon, 'KLARSOM')).toBe(true);
    expect(twin(lexicon, 'gloven')).toBe(true);
    expect(twin(lexicon, 'klarsum')).toBe(false);
  });
  it('does not count a form that only begins compounds as a twin', () => {
    expect(twin(lexicon, 'trumpa')).toBe(false);
  });
  it('is never ruled out where the table writes anything but one letter for another', () => {
    const wider = { ...lostDiacritics, substitutions: new Map([...lostDiacritics.substitutions, ['ao', [{ truth: 'ö', logp: -3 }]]]) };
    expect(mayHaveDiacriticTwin(lexicon, wider, 'klarsum', 'klarsum')).toBe(true);
  });
});
