import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

const present = (list: string) =>
  segment(`Protokoll\nStyrelsen\n\nDatum: 2025-04-09\n\n${list}\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.`).attendees.map((p) => [p.name, p.organisation, p.role]);

describe('lists of those present as registers and older minutes print them', () => {
  it('reads a register\'s capitalised surname before the first name ("ÖHMAN, Gun")', () => {
    expect(present('Närvarande:\nÖHMAN, Gun\nLIND-ÅS, Bo, sekreterare')).toEqual([
      ['Gun Öhman', null, null],
      ['Bo Lind-Ås', null, 'sekreterare'],
    ]);
  });
  it('reads "Ordf. Gun Öhman, v. ordf. Bo Lind, led. Ivar Sten": abbreviated functions before the names, the first capitalised', () => {
    expect(present('Närvarande: Ordf. Gun Öhman, v. ordf. Bo Lind, led. Ivar Sten')).toEqual([
      ['Gun Öhman', null, 'ordförande'],
      ['Bo Lind', null, 'vice ordförande'],
      ['Ivar Sten', null, 'ledamot'],
    ]);
  });
  it('reads "… samt undertecknad sekreterare Dan Öst" as the secretary, the writer naming themself', () => {
    expect(present('Närvarande: Gun Öhman, Bo Lind och Ivar Sten samt undertecknad sekreterare Dan Öst.')).toEqual([
      ['Gun Öhman', null, null],
      ['Bo Lind', null, null],
      ['Ivar Sten', null, null],
      ['Dan Öst', null, 'sekreterare'],
    ]);
  });
});
