import { describe, expect, it } from 'vitest';
import { isCasedLetter, isPlainWord } from '../../src/repair/letter-classes.ts';

describe('isCasedLetter', () => {
  it('counts plain ASCII letters of both cases as letters', () => {
    for (const ch of ['a', 'z', 'A', 'Z', 'q']) expect(isCasedLetter(ch)).toBe(true);
  });

  it('tells digits, signs and spaces from letters', () => {
    for (const ch of ['0', '9', '-', '@', '§', '$', ' ', '.', '[', '`', '{']) expect(isCasedLetter(ch)).toBe(false);
  });

  it('counts å, ä, ö, é and other cased letters beyond ASCII as letters', () => {
    for (const ch of ['å', 'Ä', 'ö', 'É', 'ß', 'ł', 'Ж']) expect(isCasedLetter(ch)).toBe(true);
  });

  it('leaves out signs beyond ASCII that have no case', () => {
    for (const ch of ['–', '€', '½', '中']) expect(isCasedLetter(ch)).toBe(false);
  });
});

describe('isPlainWord', () => {
  it('accepts a word of letters only and refuses one with a digit or sign', () => {
    expect(isPlainWord('Rönnbacka')).toBe(true);
    expect(isPlainWord('Tallvi6')).toBe(false);
    expect(isPlainWord('berg-lund')).toBe(false);
  });
});
