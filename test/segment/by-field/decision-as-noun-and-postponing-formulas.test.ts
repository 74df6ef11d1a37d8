import { describe, expect, it } from 'vitest';
import { decisions } from './segment-text.ts';

describe('decisions worded with the noun or as a postponement', () => {
  it('reads "Arbetsgruppen tog beslut om att …" and "Styrelsen fattade beslut om att …" as decisions', () => {
    expect(decisions('Läget redovisades.\nArbetsgruppen tog beslut om att hyra en buss.')).toEqual(['Arbetsgruppen tog beslut om att hyra en buss.']);
    expect(decisions('Styrelsen fattade beslut om att sälja båten.')).toEqual(['Styrelsen fattade beslut om att sälja båten.']);
  });
  it('reads "Ärendet bordläggs." and "Ärendet återremitteras …" as the decision of a paragraph', () => {
    expect(decisions('Underlaget var ofullständigt.\nÄrendet bordläggs.')).toEqual(['Ärendet bordläggs.']);
    expect(decisions('Ärendet återremitteras till förvaltningen.')).toEqual(['Ärendet återremitteras till förvaltningen.']);
  });
  it('does not read a member\'s motion to send the matter back as a decision', () => {
    expect(decisions('Saga Ruth (V) yrkar att ärendet återremitteras.')).toEqual([]);
  });
});
