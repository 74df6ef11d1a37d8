import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A head table whose label column OCR read as a block of its own, then the page header, then the values.
const readApart = (adjustLabel: string) =>
  'Norrviks kommun\nTekniska nämnden\n\nPlats och tid\nBeslutande\n\nUtses att justera\n' +
  `${adjustLabel}\nParagrafer\n\nSAMMANTRÄDESPROTOKOLL Sida\nSammanträdesdatum 1(2)\n2016-04-05\n\n` +
  'Stadshuset, sal Ekan, kl. 9.00-11.00\nAda Rask (S), ordförande\n\nBo Ek (M)\n\nIda Sten (C)\n\nIda Sten\n\nKansliet 2016-04-11\n\n12-14\n\n' +
  '§ 12 Val av justerare\nNämnden utser Ida Sten att justera protokollet.\n\n§ 13 Gatubelysning\nNämnden beslutar att godkänna planen.\n\n§ 14 Avslutning\nMötet avslutas.';

describe('a head read label column first', () => {
  it('dates the meeting by the header date under its label, not by the adjustment day', () => {
    const minutes = segment(readApart('Justeringens plats och tid'));
    expect(minutes.meeting?.date).toBe('2016-04-05');
    expect(minutes.meeting?.start).toBe('09:00');
  });
  it('joins a label wrapped after its conjunction over a blank row, so its tail is no label of time', () => {
    expect(segment(readApart('Justeringens plats och\n\ntid')).meeting?.date).toBe('2016-04-05');
  });
});
