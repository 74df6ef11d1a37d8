import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const MINUTES = (list: string) =>
  'KOMMUNFULLMÄKTIGE\tPROTOKOLL\nEkby kommun\t2023-04-24\n\nBeslutande\tSe närvaro- och omröstningslista, bilaga 1\n\n' +
  '§ 12\tVal av justerare\nKommunfullmäktige utser Ida Ros att justera protokollet.\n\n§ 13\tTaxa 2023\nKommunfullmäktige antar taxan.\n\n' +
  `Underskrifter\nSekreterare\tBo Ek\nOrdförande\tTora Vinge\nJusterare\tIda Ros\n\n${list}`;

describe("reads the roll call and votes printed after a council's minutes", () => {
  it('lists those marked present, and those marked away as absent, the votes beside them no part of anyone', () => {
    const m = segment(MINUTES('Bilaga 1 Närvaro- och omröstningslista\nLedamot\tParti\tNärvarande\t§ 13 Ja\t§ 13 Nej\nTora Vinge\tS\tX\tX\nIda Ros\tM\tX\t\tX\nOve Sten\tV\tX\tX\t–\nAda Lund\tC\t–\n'));
    expect(m.attendees).toEqual([
      { name: 'Tora Vinge', organisation: 'S', role: null },
      { name: 'Ida Ros', organisation: 'M', role: null },
      { name: 'Ove Sten', organisation: 'V', role: null },
    ]);
    expect(m.absent).toEqual([{ name: 'Ada Lund', organisation: 'C', role: null }]);
  });
});
