import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withoutSigningStamp } from '../../src/segment/signing-stamps.ts';
import { segment } from './by-field/segment-text.ts';

describe('reads a signing table whose rows carry an e-signing stamp beside the name', () => {
  it('signs each role with the name beside it, the stamp no part of either', () => {
    const m = segment(
      'PROTOKOLL\nNämnden\n\nDatum: 2021-03-02\n\n§ 1 Öppnande\nText.\n\nUnderskrifter\n' +
        'Ordförande\tAda Lund\tSignerat elektroniskt 2021-03-02\nJusterare\tOve Sten\tDigitalt signerad 2021-03-03 09:14\nSekreterare\tIda Ros\tSignerat elektroniskt 2021-03-02\n',
    );
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Ada Lund' },
      { role: 'Justerare', name: 'Ove Sten' },
      { role: 'Sekreterare', name: 'Ida Ros' },
    ]);
  });
  it('drops the stamp where OCR joined the cells, and keeps a row without one as it is', () => {
    expect(withoutSigningStamp(documentLine(1, ['Ordförande Ada Lund Signerat elektroniskt 2021-03-02'])).cells).toEqual(['Ordförande Ada Lund']);
    const plain = documentLine(1, ['Beslutet signerades av ordföranden']);
    expect(withoutSigningStamp(plain)).toBe(plain);
  });
  it('drops a stamp a meeting system prints without its time, but keeps a bare "Signerat" as a word', () => {
    const m = segment(
      'PROTOKOLL\nMiljönämnden\n\nDatum: 2025-04-08\n\n§ 1 Öppnande\nText.\n\nUnderskrifter\n' +
        'Sekreterare\tTova Rehn\tSignerat elektroniskt\nOrdförande\tBo Ljung\tDigitalt signerad\nJusterande\tEje Falk\tE-signerat\n',
    );
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Tova Rehn' },
      { role: 'Ordförande', name: 'Bo Ljung' },
      { role: 'Justerande', name: 'Eje Falk' },
    ]);
    expect(withoutSigningStamp(documentLine(1, ['Ordförande Bo Ljung Signerat elektroniskt'])).cells).toEqual(['Ordförande Bo Ljung']);
    const word = documentLine(1, ['Avtalet är signerat']);
    expect(withoutSigningStamp(word)).toBe(word);
  });
});
