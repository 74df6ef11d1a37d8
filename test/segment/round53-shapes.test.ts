import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-53 shapes', () => {
  it('reads "Samling:" as the place a walk gathers at, and names after an estimated count of those not named', () => {
    const m = segment('Anteckningar från trygghetsvandring i Fjällby\n\nDatum: 2025-11-27\nTid: 18.00-19.30\nSamling: Fjällby torg\n\nDeltog: ca 15 boende, Vilja Trosk (polisen) och Ebbe Mulm (trygghetssamordnare)\n\n1. Belysning\nText.');
    expect(m.meeting?.place).toBe('Fjällby torg');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'polisen', role: null },
      { name: 'Ebbe Mulm', organisation: null, role: 'trygghetssamordnare' },
    ]);
  });
  it('reads "8 1 Öppnande och val av justerare" with the sign misread as the opening point of a chain of two', () => {
    const m = segment('PROTOKOLL\nFjällstiftelsen\n\nDatum: 2025-12-02\n\n8 1 Öppnande och val av justerare\nText.\n\n8 2 Budget 2026\nText.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Öppnande och val av justerare'],
      ['2', 'Budget 2026'],
    ]);
  });
});
