import { describe, expect, it } from 'vitest';
import { partyPairsPerRow } from '../../src/segment/party-pairs-per-row.ts';

describe('members and substitutes side by side with bare party letters, read by OCR one row at a time', () => {
  it('splits each row after the left member and gives the right column the role of its heading', () => {
    const rows = ['Ersättare', 'Vilja Trosk S, ordförande Ebbe Mulm M', 'Saga Frell C Ivar Lundkvist KD', 'Tora Vinge MP |'];
    partyPairsPerRow(rows);
    expect(rows).toEqual(['Vilja Trosk S, ordförande', 'Ebbe Mulm M, ersättare', 'Saga Frell C', 'Ivar Lundkvist KD, ersättare', 'Tora Vinge MP |']);
  });
  it('splits without a heading and then adds no role', () => {
    const rows = ['Vilja Trosk S Ebbe Mulm M', 'Saga Frell C, vice ordförande Ivar Lundkvist KD'];
    partyPairsPerRow(rows);
    expect(rows).toEqual(['Vilja Trosk S', 'Ebbe Mulm M', 'Saga Frell C, vice ordförande', 'Ivar Lundkvist KD']);
  });
  it('leaves a single such row alone, for one row could be anything', () => {
    const rows = ['Vilja Trosk S Ebbe Mulm M', 'Saga Frell C'];
    partyPairsPerRow(rows);
    expect(rows).toEqual(['Vilja Trosk S Ebbe Mulm M', 'Saga Frell C']);
  });
});
