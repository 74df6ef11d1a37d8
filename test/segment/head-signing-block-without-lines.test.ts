import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A head table that ends in the signing block, each name under its role, the signing lines lost to OCR.
const head = (adjusterRole: string) =>
  'SAMMANTRÄDESPROTOKOLL\nTekniska nämnden\n\nPlats och tid\tStadshuset, kl. 9.00–11.00\nBeslutande\tAda Rask (S), ordförande\n\tBo Ek (M)\n\tIda Sten (C)\n' +
  `Utses att justera\tIda Sten\nParagrafer\t12–13\n\nSekreterare\n\tOlle Hed\nOrdförande\n\tAda Rask\n${adjusterRole}\n\tIda Sten\n\n` +
  '§ 12 Val av justerare\nNämnden utser Ida Sten att justera protokollet.\n\n§ 13 Gatubelysning\nNämnden beslutar att godkänna planen.';

describe('a signing block in the head without lines to sign on', () => {
  it('reads the adjuster who signs as "Justerande" as a signer, not as a function at the meeting', () => {
    const minutes = segment(head('Justerande'));
    expect(minutes.signatures).toEqual([
      { role: 'Sekreterare', name: 'Olle Hed' },
      { role: 'Ordförande', name: 'Ada Rask' },
      { role: 'Justerande', name: 'Ida Sten' },
    ]);
    expect(minutes.attendees.find((p) => p.name === 'Ida Sten')?.role ?? null).toBeNull();
  });
});
