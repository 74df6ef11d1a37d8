import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-58 shapes', () => {
  it('reads "torsd. 29/1" as a weekday before the day, in the year the title states', () => {
    const m = segment('Anteckningar 2026 – Fjällgruppen\n\nMöte torsd. 29/1 kl. 14–15.30, Fjällgården, rum Saga\n\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n1. Start\nText.\n\nNästa möte onsd. 25/2 kl. 14.');
    expect(m.meeting).toEqual({ date: '2026-01-29', start: '14:00', end: '15:30', place: 'Fjällgården, rum Saga' });
    expect(m.nextMeeting?.date).toBe('2026-02-25');
  });
  it('reads "Ordförande: A | Justerare: B" as two signers on one row', () => {
    const m = segment('PROTOKOLL\nFjällstiftelsen\n\nDatum: 2026-01-30\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nJusterat den 2026-02-03\n\nOrdförande: Vilja Trosk\tJusterare: Ebbe Mulm\nSekreterare: Saga Frell');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Vilja Trosk' },
      { role: 'Justerare', name: 'Ebbe Mulm' },
      { role: 'Sekreterare', name: 'Saga Frell' },
    ]);
  });
  it('reads "8 1 Val av justerare" and "82 …" with the signs misread as the paragraphs, the opening item vouching for them', () => {
    const m = segment('PROTOKOLL\nFjällstiftelsen\n\nDatum: 2026-01-30\n\n8 1 Val av justerare\nTill justerare valdes Ebbe Mulm.\n\n82 Hyror 2026\nStyrelsen beslutade att godkänna hyrorna.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Hyror 2026'],
    ]);
  });
});

