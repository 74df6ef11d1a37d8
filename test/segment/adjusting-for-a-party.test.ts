import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { parseSignatures } from '../../src/segment/signatures.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('each party of a negotiation adjusting for its side', () => {
  it('keeps "för arbetsgivaren" in the role and gives each role the name under it', () => {
    const lines = linesFromText('Justeras för arbetsgivaren\tJusteras för arbetstagarna\nTora Vinge\tPelle Åkerlund\n')[0]!;
    expect(parseSignatures(lines, [], { closing: true })).toEqual([
      { role: 'Justeras för arbetsgivaren', name: 'Tora Vinge' },
      { role: 'Justeras för arbetstagarna', name: 'Pelle Åkerlund' },
    ]);
  });
  it('parts the two roles where OCR read them as one cell with a speck between', () => {
    const lines = linesFromText('Justeras för arbetsgivaren = Justeras för arbetstagarna\nTora Vinge : Pelle Åkerlund\n')[0]!;
    expect(parseSignatures(lines, [], { closing: true }).map((s) => s.role)).toEqual(['Justeras för arbetsgivaren', 'Justeras för arbetstagarna']);
  });
});

describe('the employer side of a samverkansgrupp under its own heading', () => {
  it('reads "Arbetsgivarrepresentanter" without a colon as a list of attendees', () => {
    const text = 'Minnesanteckningar\n\nDatum: 2031-05-06\n\nArbetsgivarrepresentanter\nTora Vinge, förvaltningschef\n\nArbetstagarrepresentanter\nPelle Åkerlund, Kommunal\n\n1. Information\nInga frågor.\n';
    const minutes = segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tora Vinge', null, 'förvaltningschef'],
      ['Pelle Åkerlund', 'Kommunal', 'arbetstagarrepresentant'],
    ]);
  });
});
