import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withoutSigningStamp } from '../../src/segment/signing-stamps.ts';
import { segment } from './by-field/segment-text.ts';

const EXTRACT =
  'EKBY KOMMUN\tPROTOKOLLSUTDRAG\nFritidsnämnden\tSammanträdesdatum 2023-05-16\n\n' +
  '%A Bidrag till lägergårdar\nDnr FN 2023/4\nNämnden har fått tre ansökningar.\nBeslut\nFritidsnämnden beslutar att bevilja bidragen.\n\n' +
  '%B Taxor för idrottshallen\nDnr FN 2023/9\nFörvaltningen föreslår oförändrade taxor.\nBeslut\nFritidsnämnden beslutar att taxorna gäller oförändrade.\n\n' +
  'Justering\nProtokollet är justerat med elektronisk underskrift.\n' +
  'Ordförande\tAda Lund\tSignerat 2023-05-18 10:02\nJusterare\tOve Sten\tSignerat 2023-05-19 08:40\nSekreterare\tIda Ros\tSignerat 2023-05-17 15:11\n\n' +
  'Rätt utdraget betygar\nIda Ros\nSignerat 2023-05-19 09:00\n';

describe('reads an extract whose justering is a block of e-signed rows', () => {
  it('signs each role with the name beside its stamp, and the adjuster adjusts', () => {
    const m = segment(EXTRACT.replace('%A', '§ 31').replace('%B', '§ 34'));
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Ada Lund' },
      { role: 'Justerare', name: 'Ove Sten' },
      { role: 'Sekreterare', name: 'Ida Ros' },
      { role: 'Rätt utdraget betygar', name: 'Ida Ros' },
    ]);
    expect(m.adjusters).toEqual(['Ove Sten']);
  });

  it("reads OCR's figure glued for the sign as the extract's paragraphs when each has its case reference", () => {
    const m = segment(EXTRACT.replace('%A', '831').replace('%B', '834').replace(/\t/g, ' '));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Bidrag till lägergårdar'],
      ['34', 'Taxor för idrottshallen'],
    ]);
  });

  it('drops specks OCR read in the gap before the stamp together with it', () => {
    expect(withoutSigningStamp(documentLine(1, ['Ordförande Ada Lund: Signerat 2023-05-18 10:02'])).cells).toEqual(['Ordförande Ada Lund']);
    expect(withoutSigningStamp(documentLine(1, ['Justerare. - Ove Sten | Signerat 2023-05-19 08:40'])).cells).toEqual(['Justerare. - Ove Sten']);
    expect(withoutSigningStamp(documentLine(1, ['Ada Lund, ordförande, signerat digitalt 2023-05-18 10:02.'])).cells).toEqual(['Ada Lund, ordförande']);
  });

  it('reads a speck cell between the role and the name as no part of either', () => {
    const m = segment(EXTRACT.replace('%A', '§ 31').replace('%B', '§ 34').replace('Justerare\tOve Sten', 'Justerare. -\tOve Sten'));
    expect(m.signatures[1]).toEqual({ role: 'Justerare', name: 'Ove Sten' });
  });
});
