import { describe, expect, it } from 'vitest';
import { FORM_FLAG } from '../../src/repair/lexicon-format.ts';
import { loadTestLexicon } from './repair-fixture.ts';

const lexicon = await loadTestLexicon();
const flags = (lower: string): number => lexicon.forms.get(lower) ?? 0;

describe('the lexicon marks forms only hunspell\'s capitalised entries give', () => {
  it('marks a place name as a proper noun, stored small', () => {
    expect(flags('älvkarleby') & FORM_FLAG.properNoun).toBe(FORM_FLAG.properNoun);
  });
  it('leaves a common word unmarked', () => {
    expect(flags('öppnat') & FORM_FLAG.properNoun).toBe(0);
  });
  it('keeps the other flags of a marked form readable (two hex digits)', () => {
    expect(flags('älvkarleby') & FORM_FLAG.standalone).toBe(FORM_FLAG.standalone);
  });
});
