import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';

const decisions = (text: string) => extractDecisions(linesFromText(text)[0]!);

describe('decisions', () => {
  it('takes the paragraph after "Beslut:"', () => {
    expect(decisions('Diskussion om avgifter.\nBeslut: Nätverket ställer sig bakom förslaget.')).toEqual(['Nätverket ställer sig bakom förslaget.']);
  });
  it('keeps the att-clauses of a proposal to the council with it', () => {
    expect(decisions('Kommunstyrelsen föreslår kommunfullmäktige besluta att\n- godkänna rapporten,\n- uppdra åt direktören.')).toEqual([
      'Kommunstyrelsen föreslår kommunfullmäktige besluta att - godkänna rapporten, - uppdra åt direktören.',
    ]);
  });
  it('takes a decision sentence spanning two rows whole', () => {
    expect(decisions('Ärendet föredras.\nArbetsutskottet beslutar att lägga\ninformationen till handlingarna.')).toEqual([
      'Arbetsutskottet beslutar att lägga informationen till handlingarna.',
    ]);
  });
  it('skips motions under Yrkanden', () => {
    expect(decisions('Yrkanden\nKarin Ståhl (S) yrkar att nämnden beslutar att bifalla förslaget.')).toEqual([]);
  });
  it('skips earlier decisions reported in the background', () => {
    expect(decisions('Sammanfattning\nKommunfullmäktige beslutade 2021 att införa taxan.')).toEqual([]);
  });
  it('takes the paragraph under a body\'s own "beslut" heading', () => {
    expect(decisions('Arbetsutskottets beslut\nÄrendet återremitteras till förvaltningen.')).toEqual(['Ärendet återremitteras till förvaltningen.']);
  });
});
