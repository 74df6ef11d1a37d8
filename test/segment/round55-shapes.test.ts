import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePerson } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-55 shapes', () => {
  it('reads "Beslut 1:" and "Beslut 2:" as two decisions of one point', () => {
    const m = segment('Protokoll\nFjällbolaget AB\n\nDatum: 2025-12-12\n\n§ 1 Program\nVd presenterade programmet.\nBeslut 1: Styrelsen godkänner programmet.\nBeslut 2: Styrelsen fastställer priserna.\n\n§ 2 Avslutning\nText.');
    expect(m.items[0]!.decisions).toEqual(['Styrelsen godkänner programmet.', 'Styrelsen fastställer priserna.']);
  });
  it('reads two titles sharing their last part, capitalised after a dash, as the role', () => {
    expect(parsePerson('Ebbe Mulm – Studie- och yrkesvägledare, Fjällskolan')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällskolan', role: 'Studie- och yrkesvägledare' });
  });
  it('reads a plus OCR made of a list\'s bullet as no part of the name', () => {
    expect(parsePerson('+ Ebbe Mulm — Fältchef, Fjällskolan')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällskolan', role: 'Fältchef' });
  });
});

