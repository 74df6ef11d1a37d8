import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { withoutLeadingMixedScrap } from '../../src/segment/head-specks.ts';
import { isContinuationMark } from '../../src/segment/page-seams.ts';
import { findRunningLines, isRunningCell } from '../../src/segment/running-lines.ts';
import { segment } from './by-field/segment-text.ts';

describe('OCR of the rows around a page break', () => {
  it('recognises the signature box whose label OCR misread before its signing line', () => {
    expect(isRunningCell('Justerandes signs oo oo ooo0o0oHEDISEENYrSks')).toBe(true);
    expect(isRunningCell('Justerandes signaturer lämnas in senast fredag')).toBe(false);
  });
  it('recognises a continuation mark with specks read before it', () => {
    expect(isContinuationMark('é | forts.', false)).toBe(true);
    expect(isContinuationMark('Vi forts. i morgon', false)).toBe(false);
  });
  it('marks a page\'s header rows that repeat a running row of the other pages to the letter, below a piece of it', () => {
    const header = 'Brf Lönnen i Kalix Styrelseprotokoll 3/2024 EJ JUSTERAT\nStyrelsemöte';
    const text = [`${header}\n\nEtt.\nTvå.`, `${header}\n\nTre.\nFyra.`, 'Brf Lönnen i Kalix Styrelseprotokoll 3/2024\n\nStyrelsemöte\n\nEJ JUSTERAT\n\nFem.\nSex.'].join('\f');
    const last = findRunningLines(linesFromText(text))[2]!;
    expect([last[0], last[2], last[4], last[6]]).toEqual([true, true, true, false]);
  });
});

describe('OCR of a head block', () => {
  it('drops a speck read as a small letter and a figure before a name', () => {
    expect(withoutLeadingMixedScrap(linesFromText('z2\tIrja Holm')[0]![0]!).cells).toEqual(['Irja Holm']);
    expect(withoutLeadingMixedScrap(linesFromText('z2 Irja Holm')[0]![0]!).cells).toEqual(['Irja Holm']);
  });
  it('keeps a staff function such as "S1 Personal"', () => {
    expect(withoutLeadingMixedScrap(linesFromText('S1 Personal – Kim Ros')[0]![0]!).cells).toEqual(['S1 Personal – Kim Ros']);
  });
  it('reads a prose list wrapped inside a title ("vice" / "ordförande, …") with the title on the person before', () => {
    const minutes = segment(
      'PROTOKOLL\nKyrkorådet\n\nNärvarande: Ebbe Lunn, ordförande, Tyra Malm, vice\nordförande, Sixten Krok, Ulla Bro\n\n§ 1. Öppnande.\nText.\n\n§ 2. Avslutning.\nText.',
    );
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ebbe Lunn', 'ordförande'],
      ['Tyra Malm', 'vice ordförande'],
      ['Sixten Krok', null],
      ['Ulla Bro', null],
    ]);
  });
});

describe('OCR of a signature block', () => {
  const base = 'Protokoll\nStyrelsen\n\nDatum: 2024-01-01\n\n§ 1. Öppnande\nText.\n\n§ 2. Avslutning\nText.\n\nVid protokollet\n\nAstrid Bly\n\n';
  it('reads the title OCR put a blank row under the name as that signer\'s role', () => {
    expect(segment(`${base}Justeras\n\nVilgot Sand\n\nOrdförande`).signatures).toEqual([
      { role: 'Vid protokollet', name: 'Astrid Bly' },
      { role: 'Ordförande', name: 'Vilgot Sand' },
    ]);
  });
  it('keeps a role with its own name under it as a signature of its own', () => {
    expect(segment(`${base}Justeras\n\nVilgot Sand\n\nOrdförande\nIrma Holt`).signatures.map((s) => s.name)).toContain('Irma Holt');
  });
});
