import { describe, expect, it } from 'vitest';
import { fold, syntaxLift } from '../../src/repair/syntax-cues.ts';

describe('syntax cues', () => {
  it('prefers "år" after a number or a time determiner, even one that lost its diacritics', () => {
    expect(syntaxLift('år', '7', 'sedan')).toBeGreaterThan(0);
    expect(syntaxLift('år', 'forra', 'var')).toBeGreaterThan(0);
    expect(syntaxLift('är', '7', 'sedan')).toBeLessThan(0);
  });
  it('prefers "år" before a year number', () => {
    expect(syntaxLift('år', 'från', '1987')).toBeGreaterThan(syntaxLift('är', 'från', '1987'));
  });
  it('prefers "är" after a subject pronoun', () => {
    expect(syntaxLift('är', 'det', 'glasklart')).toBeGreaterThan(0);
    expect(syntaxLift('år', 'det', 'glasklart')).toBeLessThan(0);
  });
  it('prefers "än" after a comparative', () => {
    expect(syntaxLift('än', 'fler', 'väntat')).toBeGreaterThan(0);
    expect(syntaxLift('än', 'snabbare', 'väntat')).toBeGreaterThan(0);
    expect(syntaxLift('in', 'fler', 'väntat')).toBeLessThan(0);
  });
  it('prefers "bör" before an active or passive infinitive and "bor" before a place', () => {
    expect(syntaxLift('bör', 'nämnden', 'utreda')).toBeGreaterThan(0);
    expect(syntaxLift('bör', 'projektet', 'samordnas')).toBeGreaterThan(0);
    expect(syntaxLift('bor', 'hon', 'i')).toBeGreaterThan(0);
    expect(syntaxLift('bör', 'hon', 'i')).toBeLessThan(0);
  });
  it('prefers "bor" before an adverb of how one lives that ends in -a, which is no infinitive', () => {
    expect(syntaxLift('bor', 'som', 'hemma')).toBeGreaterThan(0);
    expect(syntaxLift('bör', 'som', 'hemma')).toBeLessThan(0);
    expect(syntaxLift('bör', 'som', 'ensamma')).toBeLessThan(0);
  });
  it('lifts a supine with a restored vowel after "har"', () => {
    expect(syntaxLift('nått', 'har', 'målet')).toBeGreaterThan(syntaxLift('natt', 'har', 'målet'));
  });
  it('prefers "är" between a number and a past participle in -ad or -at, and "år" before other words', () => {
    expect(syntaxLift('är', '3', 'avslutat')).toBeGreaterThan(syntaxLift('år', '3', 'avslutat'));
    expect(syntaxLift('år', '3', 'sedan')).toBeGreaterThan(syntaxLift('är', '3', 'sedan'));
  });
  it('prefers "här" before a finite verb that is no noun, which "har" never takes', () => {
    expect(syntaxLift('här', '<s>', 'finns')).toBeGreaterThan(0);
    expect(syntaxLift('här', 'vi', 'bilar')).toBe(0);
  });
  it('reads "när" as the column after "vem" in an action list and "når" between "hur" and a subject', () => {
    expect(syntaxLift('när', 'vem', 'klart')).toBeGreaterThan(0);
    expect(syntaxLift('når', 'hur', 'ni')).toBeGreaterThan(syntaxLift('när', 'hur', 'ni'));
    expect(syntaxLift('når', 'vi', 'ni')).toBe(0);
  });
  it('prefers "så" before "att" and after a deciding verb', () => {
    expect(syntaxLift('så', 'taket', 'att')).toBeGreaterThan(0);
    expect(syntaxLift('så', 'beslutade', '<s>')).toBeGreaterThan(0);
    expect(syntaxLift('så', 'och', 'vidare')).toBe(0);
  });
  it('prefers the verbal noun "föreläggande" before "om", where the adjective "föreliggande" cannot stand', () => {
    expect(syntaxLift('föreläggande', '§', 'om')).toBeGreaterThan(0);
    expect(syntaxLift('föreliggande', '§', 'om')).toBeLessThan(0);
    expect(syntaxLift('föreläggande', 'det', 'förslaget')).toBe(0);
  });
  it('gives no cue where syntax says nothing', () => expect(syntaxLift('grävling', 'en', 'sprang')).toBe(0));
  it('folds å, ä and ö to a and o', () => expect(fold('förräderi')).toBe('forraderi'));
});
