import { describe, expect, it } from 'vitest';
import { normaliseRole } from '../../src/segment/person-extras.ts';

describe('a role as minutes print it', () => {
  it('drops a letter alone before a title, a speck OCR read in the column gap', () => {
    expect(normaliseRole('i kvalitetssamordnare')).toBe('kvalitetssamordnare');
    expect(normaliseRole('e förvaltningschef')).toBe('förvaltningschef');
  });
  it('keeps a letter before words that are no title', () => {
    expect(normaliseRole('i tjänst')).toBe('i tjänst');
  });
  it('drops a dash OCR glued to the last letter of a title', () => {
    expect(normaliseRole('utredningssekreterare-')).toBe('utredningssekreterare');
    expect(normaliseRole('fritidsledare—')).toBe('fritidsledare');
  });
  it('keeps a hyphen that a word follows', () => {
    expect(normaliseRole('miljö- och hälsoskyddsinspektör')).toBe('miljö- och hälsoskyddsinspektör');
  });
});
