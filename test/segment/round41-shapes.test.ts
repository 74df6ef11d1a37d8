import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePeopleList, parsePerson, rolesAfterNames } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-41 shapes', () => {
  it('gives each name after a title in the definite plural that title in the singular', () => {
    expect(rolesAfterNames('fritidspedagogerna Vilja Trosk och Ebbe Mulm')).toBe('Vilja Trosk, fritidspedagog, Ebbe Mulm, fritidspedagog');
    expect(rolesAfterNames('handläggarna Vilja Trosk och Ebbe Mulm')).toBe('Vilja Trosk, handläggare, Ebbe Mulm, handläggare');
    // A plural that is no title ("barnen") leaves the names as they are.
    expect(rolesAfterNames('barnen Vilja Trosk och Ebbe Mulm')).toBe('barnen Vilja Trosk och Ebbe Mulm');
  });
  it('reads a lower-case title before a name in prose, also where the row ends at "samt"', () => {
    expect(rolesAfterNames('Saga Frell samt rektor Olof Krans.')).toBe('Saga Frell samt Olof Krans, rektor.');
    expect(rolesAfterNames('kassör Ebbe Mulm, sekr. Saga Frell samt')).toBe('Ebbe Mulm, kassör, Saga Frell, sekr. samt');
  });
  it('lists the people of "Vilka: <plural title> A, B och C samt <title> D" with their titles', () => {
    const m = segment('Anteckningar APT\nFritids Fjället\n\nNär: tisdag 23/1 2025, 15.15–16.30\nVilka: fritidspedagogerna Vilja Trosk, Ebbe Mulm och Saga Frell samt rektor Olof Krans.\n\n1. Schema\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'fritidspedagog'],
      ['Ebbe Mulm', 'fritidspedagog'],
      ['Saga Frell', 'fritidspedagog'],
      ['Olof Krans', 'rektor'],
    ]);
  });
  it('drops the reason someone was away ("(sjuk)", "(föräldraledig)")', () => {
    expect(parsePerson('Vilja Trosk (sjuk)')).toEqual({ name: 'Vilja Trosk', organisation: null, role: null });
    expect(parsePerson('Ebbe Mulm (föräldraledig)')).toEqual({ name: 'Ebbe Mulm', organisation: null, role: null });
  });
  it('keeps a definite-form body ("Elevhälsan Fjällby") in a people-table row as the organisation, not a second person', () => {
    expect(parsePeopleList('Vilja Trosk, skolpsykolog, Elevhälsan Fjällby, Ebbe Mulm, kurator')).toEqual([
      { name: 'Vilja Trosk', organisation: 'Elevhälsan Fjällby', role: 'skolpsykolog' },
      { name: 'Ebbe Mulm', organisation: null, role: 'kurator' },
    ]);
  });
});
