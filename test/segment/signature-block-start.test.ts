import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const utdrag = (gap: string) =>
  'PROTOKOLLSUTDRAG\nÄldrenämnden\nSammanträdesdatum 2024-05-21\n\n§ 41 Riktlinjer för trygghetslarm\nNämnden antar riktlinjerna.\n' +
  `Beslutet skickas till${gap}Biståndshandläggare${gap}Kommunala pensionärsrådet\n\nVid protokollet\nLena Ås\n\nJusteras\nBo Ek\n`;

describe('signature block start', () => {
  it('reads no signer from the offices a decision is sent to', () => {
    expect(segment(utdrag('\n')).signatures).toEqual([
      { role: 'Vid protokollet', name: 'Lena Ås' },
      { role: 'Justeras', name: 'Bo Ek' },
    ]);
  });
  it('reads no signer from the offices when OCR put blank rows between them', () => {
    expect(segment(utdrag('\n\n')).signatures.map((s) => s.role)).toEqual(['Vid protokollet', 'Justeras']);
  });
});
