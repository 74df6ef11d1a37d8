import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A protokoll whose signing table OCR read with the gaps between its columns closed: each row one cell.
// The signing block stands on the first page, in the head, before the paragraphs.
const protokoll = (block: string) =>
  'PROTOKOLL\nMiljönämnden\nSammanträdesdatum 2022-04-05\n\nPlats och tid: Rådhuset, kl. 18.00-19.30\n\n' + block +
  '\n§ 7 Val av justerare\nNämnden utser Olle Berg att justera protokollet.\n\n§ 8 Avfallsplan\nNämnden beslutar att anta avfallsplanen.\n';

describe('signing rows whose columns OCR ran together', () => {
  it('pairs a row of roles, a speck between two of them, with the row of names below it', () => {
    expect(segment(protokoll('Sekreterare Ordförande : Justerande\nTyra Sand Gösta Alm Olle Berg\n')).signatures).toEqual([
      { role: 'Sekreterare', name: 'Tyra Sand' },
      { role: 'Ordförande', name: 'Gösta Alm' },
      { role: 'Justerande', name: 'Olle Berg' },
    ]);
  });
  it('pairs a row of names with the row of roles below it, over a blank row', () => {
    expect(segment(protokoll('Gösta Alm Olle Berg\n\nOrdförande ; Justerare\n\nTyra Sand\n\nSekreterare\n')).signatures).toEqual([
      { role: 'Ordförande', name: 'Gösta Alm' },
      { role: 'Justerare', name: 'Olle Berg' },
      { role: 'Sekreterare', name: 'Tyra Sand' },
    ]);
  });
  it('pairs a row of roles whose gap OCR read as a quote and an angle with the row of names above it', () => {
    expect(segment(protokoll('Gösta Alm Per-Olof Berg\nOrdförande "> Justerare\n')).signatures).toEqual([
      { role: 'Ordförande', name: 'Gösta Alm' },
      { role: 'Justerare', name: 'Per-Olof Berg' },
    ]);
  });
  it('leaves a row of names alone when its words do not make two for each role', () => {
    const signatures = segment(protokoll('Sekreterare Ordförande Justerande\nTyra Sand Gösta Alm Berg\n')).signatures;
    expect(signatures.some((s) => s.name === 'Tyra Sand')).toBe(false);
  });
});
