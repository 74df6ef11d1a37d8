import { describe, expect, it } from 'vitest';
import { sectionHeading } from '../../src/segment/sections.ts';
import { decisions } from './by-field/segment-text.ts';

describe('a section heading with OCR specks on both sides of a scrap from the page edge', () => {
  it('still reads as the heading', () => {
    expect(sectionHeading('Beslut | | os')).toBe('decision');
    expect(sectionHeading('Beslut | os |')).toBe('decision');
  });
  it('makes the paragraph under it the decision', () => {
    expect(decisions('Diskussion\nGruppen talade länge. |\nBeslut | | os\n\nVilja Trosk skickar ut enkäten senast den 3 maj.\n')).toEqual(['Vilja Trosk skickar ut enkäten senast den 3 maj.']);
  });
  it('does not take a longer row that opens with the word for a heading', () => {
    expect(sectionHeading('Beslut om budget | os')).toBeNull();
  });
});

describe('a section heading with a dash and specks after it', () => {
  it('still reads as the heading, and the specks do not open the decision', () => {
    expect(sectionHeading('Beslut -: .')).toBe('decision');
    expect(decisions('Ärendet\nFörslaget redovisades.\nBeslut -: .\nNämnden godkänner förslaget.\n')).toEqual(['Nämnden godkänner förslaget.']);
  });
  it('does not take a sentence that ends on a dash as a heading', () => {
    expect(sectionHeading('Nämnden beslutar -: .')).toBeNull();
  });
});
