import { describe, expect, it } from 'vitest';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { matchLabel } from '../../src/segment/labels.ts';
import { parsePerson } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: text.split('\f').length });

describe('OCR of the round-40 to 42 shapes', () => {
  it('keeps a party printed before a name where OCR closed the gap after the label ("Ledamöter (M) Vilja Trosk")', () => {
    expect(matchLabel('Ledamöter (M) Vilja Trosk, ordförande')?.rest).toBe('(M) Vilja Trosk, ordförande');
    // A qualifier in brackets after the label still goes: "Ersättare (ej tjänstgörande) Ebbe Mulm".
    expect(matchLabel('Ersättare (ej tjänstgörande) Ebbe Mulm')?.rest).toBe('Ebbe Mulm');
    const m = segment('PROTOKOLL\nFjällnämnden\n\nTid kl. 08:00 — 08:45\n\nLedamöter (M) Vilja Trosk, ordförande\n\n(S) Ebbe Mulm\n(L) Saga Frell :\nErsättare (C) Olof Krans\n\n§ 1 Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'M'],
      ['Ebbe Mulm', 'S'],
      ['Saga Frell', 'L'],
      ['Olof Krans', 'C'],
    ]);
  });
  it('drops "=" read in the gap between a label and its value', () => {
    expect(matchLabel('Plats =: Via Teams')?.rest).toBe('Via Teams');
  });
  it('parts two signers read into one cell at the speck OCR made of the gap', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2025-03-14\n\n§ 1 Start\nText.\n\nVid protokollet\nEbbe Mulm\n\nJusteras\n\nVilja Trosk . Saga Frell');
    expect(m.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Ebbe Mulm' },
      { role: 'Justeras', name: 'Vilja Trosk' },
      { role: 'Justeras', name: 'Saga Frell' },
    ]);
  });
  it('joins "Styrelsen beslutade" and its att-clauses across the blank rows OCR put between them', () => {
    const lines = linesFromText('Styrelsen beslutade\n\natt godkänna rapporten, samt\n\natt uppdra åt vd att återkomma i maj.')[0]!;
    const decisions = extractDecisions(lines);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]!.replace(/\s+/g, ' ')).toBe('Styrelsen beslutade att godkänna rapporten, samt att uppdra åt vd att återkomma i maj.');
  });
  it('goes on with a list of one person a row across blank rows when a row is nothing but a name', () => {
    const m = segment('Protokoll\nFjällbolaget AB\n\nDatum: 2025-03-14\n\nNärvarande ledamöter:\n\nVilja Trosk, ordförande .\n\nEbbe Mulm\n\nSaga Frell\n\n§ 1 Start\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell']);
  });
  it('reads a party written out after a name as the organisation ("Ingela Fjäll Moderaterna")', () => {
    expect(parsePerson('Ingela Fjäll Moderaterna')).toEqual({ name: 'Ingela Fjäll', organisation: 'Moderaterna', role: null });
  });
  it('takes ".&6 Nästa möte" as paragraph 6, the speck and OCR\'s "&" for § dropped', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2025-03-14\n\n§ 4 Ekonomi\nText.\n\n§ 5 Taxor\nText.\n\n.&6 Nästa möte\nText.');
    expect(m.items.map((i) => i.number)).toEqual(['4', '5', '6']);
  });
});
