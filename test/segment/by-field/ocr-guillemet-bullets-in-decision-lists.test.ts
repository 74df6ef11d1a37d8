import { describe, expect, it } from 'vitest';
import { decisions } from './segment-text.ts';

describe('a decision list whose bullets OCR read as guillemets', () => {
  it('reads "« att …" / blank / "» att …" under a decision heading as two decisions without the marks', () => {
    expect(decisions('Kassören redovisade.\nStyrelsens beslut\n\n« att fastställa årsbokslutet\n\n» att föreslå stämman en utdelning om 2 kr')).toEqual([
      'att fastställa årsbokslutet',
      'att föreslå stämman en utdelning om 2 kr',
    ]);
  });
  it('does not take an unmarked paragraph after the blank row for another entry', () => {
    expect(decisions('Beslut\n» att anta planen\n\nNämnden noterar att arbetet fortsätter.')).toEqual(['att anta planen']);
  });
});
