import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/segment/swedish-dates.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-59 shapes', () => {
  it('reads "12 feb -26" and the year after an apostrophe in two figures', () => {
    expect(findDates('torsdag 12 feb -26')[0]).toMatchObject({ iso: '2026-02-12', explicitYear: true });
    expect(findDates("12 mars '26 kl. 14")[0]).toMatchObject({ iso: '2026-03-12', explicitYear: true });
  });
  it('reads "Närvarande tjänstgörande ersättare:" as serving substitutes and "Närvarande icke tjänstgörande ersättare:" as substitutes present', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2026-02-17\nNärvarande ordinarie ledamöter: Vilja Trosk (S), ordförande\nNärvarande tjänstgörande ersättare: Ebbe Mulm (S)\nNärvarande icke tjänstgörande ersättare: Saga Frell (V)\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'tjänstgörande ersättare'],
      ['Saga Frell', 'ersättare'],
    ]);
  });
});
