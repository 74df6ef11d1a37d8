import { describe, expect, it } from 'vitest';
import { headings } from './segment-text.ts';

describe('points numbered as quick notes and templates write them', () => {
  it('reads "Pkt 1 …", "Pkt 2 …" and "P1 …", "P2 …" as points 1 and 2', () => {
    expect(headings('Pkt 1 Välkommen\nText.\nPkt 2 Ekonomi\nText.')).toEqual([
      ['1', 'Välkommen'],
      ['2', 'Ekonomi'],
    ]);
    expect(headings('P1 Välkommen\nText.\nP2 Ekonomi\nText.')).toEqual([
      ['1', 'Välkommen'],
      ['2', 'Ekonomi'],
    ]);
  });
  it('reads "1.0 …", "2.0 …" as points 1 and 2, with "1.1" a sub-point of the first', () => {
    expect(headings('1.0 Välkommen\nText.\n1.1 Bakgrund\nText.\n2.0 Ekonomi\nText.')).toEqual([
      ['1', 'Välkommen'],
      ['1.1', 'Bakgrund'],
      ['2', 'Ekonomi'],
    ]);
  });
});
