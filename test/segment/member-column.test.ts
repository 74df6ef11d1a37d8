import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { withoutMemberColumn } from '../../src/segment/member-column.ts';
import { segment } from './by-field/segment-text.ts';

describe('reads the delegates of a kommunalförbund listed by member municipality', () => {
  it('reads the delegate beside each member, the member no person of its own', () => {
    const m = segment(
      'PROTOKOLL\nDirektionen\n\nDatum: 2016-09-23\n\nBeslutande\tFjällby\tAda Lund (S), ordförande\n\t\tOve Sten (M)\n\tÅdal\tIda Ros (C), vice ordförande\n\tNorrvik\tEje Vallin (S)\n\n' +
        'Övriga\tTyra Malm, förbundsdirektör\n\n§ 1 Öppnande\nText.',
    );
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Ada Lund', 'S', 'ordförande'],
      ['Ove Sten', 'M', null],
      ['Ida Ros', 'C', 'vice ordförande'],
      ['Eje Vallin', 'S', null],
      ['Tyra Malm', null, 'förbundsdirektör'],
    ]);
  });
  it('drops a known municipality OCR joined before a delegate, but keeps a first name that is also a place', () => {
    expect(withoutMemberColumn(documentLine(1, ['Borås Ada Lund (S)'])).cells).toEqual(['Ada Lund (S)']);
    expect(withoutMemberColumn(documentLine(1, ['Nora Lund (S)'])).cells).toEqual(['Nora Lund (S)']);
    expect(withoutMemberColumn(documentLine(1, ['Ada Lund (S)', 'Ove Sten (M)'])).cells).toEqual(['Ada Lund (S)', 'Ove Sten (M)']);
  });
  it('drops the member OCR joined after the list\'s label, or after a speck in the gap, and keeps the label', () => {
    expect(withoutMemberColumn(documentLine(1, ['Ledamöter Borås Ada Lund (S), ordförande'])).cells).toEqual(['Ledamöter Ada Lund (S), ordförande']);
    expect(withoutMemberColumn(documentLine(1, ['Borås = Ada Lund (S)'])).cells).toEqual(['Ada Lund (S)']);
    expect(withoutMemberColumn(documentLine(1, ['Ledamöter Nora Lund (S)'])).cells).toEqual(['Ledamöter Nora Lund (S)']);
  });
});
