import { describe, expect, it } from 'vitest';
import { withoutHeadingEdgeScraps } from '../../src/segment/heading-edge-scraps.ts';
import { decisions } from './by-field/segment-text.ts';

describe('scraps OCR reads off the dust beside a heading alone on its row', () => {
  it('takes the heading without the scraps', () => {
    expect(withoutHeadingEdgeScraps('Beslut | d i |')).toBe('Beslut');
    expect(withoutHeadingEdgeScraps('Beslut ; så Eg Ja |')).toBe('Beslut');
    expect(withoutHeadingEdgeScraps('Nämndens beslut ” a .')).toBe('Nämndens beslut');
  });
  it('leaves a row that goes on in words, or whose short words carry no speck', () => {
    expect(withoutHeadingEdgeScraps('Beslut om ny')).toBeNull();
    expect(withoutHeadingEdgeScraps('Beslut | om taxan')).toBeNull();
    expect(withoutHeadingEdgeScraps('Beslut')).toBeNull();
  });
  it('reads the decision under a heading with scraps beside it', () => {
    expect(decisions('Förvaltningen redovisade läget.\nBeslut | d i |\nStyrgruppen godkänner tidplanen.')).toEqual(['Styrgruppen godkänner tidplanen.']);
    expect(decisions('Ekonomen redovisade utfallet.\nBeslut ; så Eg |\nCheferna tar fram åtgärder till nästa möte.')).toEqual(['Cheferna tar fram åtgärder till nästa möte.']);
  });
});
