import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A protokoll whose label column OCR read before its values: the signing roles stand among the labels, the signers'
// names come last in the document.
const readApart = (names: string) =>
  'PROTOKOLL\nTekniska nämnden\nDatum: 2021-11-09\n\n§ 4 Val av justerare\nNämnden utser Bo Ås att justera protokollet.\n\n§ 5 Budget\n' +
  'Underskrifter\nSekreterare .\nOrdförande\nJusterare\n\nNämnden beslutar att anta budgeten.\n\n' + names;

describe('signers whose names OCR read after the rest of the document', () => {
  it('pairs a run of bare roles with as many bare names that end the document, in order', () => {
    expect(segment(readApart('Eva Ek\nPer Lind\nBo Ås\n')).signatures).toEqual([
      { role: 'Sekreterare', name: 'Eva Ek' },
      { role: 'Ordförande', name: 'Per Lind' },
      { role: 'Justerare', name: 'Bo Ås' },
    ]);
  });
  it('pairs nothing when the names at the end do not match the roles in number', () => {
    expect(segment(readApart('Eva Ek\nPer Lind\n')).signatures.some((s) => s.name === 'Eva Ek' && s.role === 'Sekreterare')).toBe(false);
  });
});
