import { describe, expect, it } from 'vitest';
import { pupilWithSchool, withoutBracketedClass } from '../../src/segment/pupil-rows.ts';
import { attendeesOfNotes, segment } from './by-field/segment-text.ts';

describe('pupils listed by first name, school and class', () => {
  it('drops the class in brackets, whichever way it is written, and keeps a party', () => {
    expect(withoutBracketedClass('Ville, Ekbacksskolan (8B)')).toBe('Ville, Ekbacksskolan');
    expect(withoutBracketedClass('Tindra, Björkby gymnasium (SA22b)')).toBe('Tindra, Björkby gymnasium');
    expect(withoutBracketedClass('Malte (åk 9), Furuskolan')).toBe('Malte, Furuskolan');
    expect(withoutBracketedClass('Gun Ekvall (KD)')).toBe('Gun Ekvall (KD)');
  });
  it('reads a first name and a school as the pupil and the organisation', () => {
    expect(pupilWithSchool('Ville, Ekbacksskolan')).toEqual({ name: 'Ville', organisation: 'Ekbacksskolan' });
    expect(pupilWithSchool('Tindra, Björkby gymnasium')).toEqual({ name: 'Tindra', organisation: 'Björkby gymnasium' });
    expect(pupilWithSchool('Ville, Tindra')).toBeNull();
    expect(pupilWithSchool('Ville, fritidsledare')).toBeNull();
  });
  it('lists every pupil of a council one a row, with OCR blank rows between them', () => {
    expect(attendeesOfNotes('Närvarande:\nVille, Ekbacksskolan (8B)\n\nTindra, Björkby gymnasium (SA22b)\n\nMalte, Furuskolan (9C)\n\nRonja Vikström, fritidsledare')).toEqual([
      ['Ville', 'Ekbacksskolan', null],
      ['Tindra', 'Björkby gymnasium', null],
      ['Malte', 'Furuskolan', null],
      ['Ronja Vikström', null, 'fritidsledare'],
    ]);
  });
  it('drops a class written out after the school, with its word or right after the school\'s name', () => {
    expect(withoutBracketedClass('Ville, Ekbacksskolan åk 8')).toBe('Ville, Ekbacksskolan');
    expect(withoutBracketedClass('Tindra, Furuskolan klass 9B')).toBe('Tindra, Furuskolan');
    expect(withoutBracketedClass('Malte, Björkby skola 7A')).toBe('Malte, Björkby skola');
    expect(withoutBracketedClass('Malte Ek, Hus 7A')).toBe('Malte Ek, Hus 7A');
    expect(withoutBracketedClass('Ronja Vik, lärare åk 4')).toBe('Ronja Vik, lärare åk 4');
    expect(withoutBracketedClass('Ronja Vik, lärare (åk 4)')).toBe('Ronja Vik, lärare (åk 4)');
  });
  it('reads the pupils not there under "Inte med:"', () => {
    const minutes = segment('Ungdomsrådet\nAnteckningar 2024-02-07\n\nMed på mötet:\nVille, Ekbacksskolan åk 8\nTindra, Furuskolan åk 9\n\nInte med: Malte, Furuskolan åk 7\n\n1. Start\nText.\n\n2. Slut\nText.\n');
    expect(minutes.attendees.map((p) => [p.name, p.organisation])).toEqual([['Ville', 'Ekbacksskolan'], ['Tindra', 'Furuskolan']]);
    expect(minutes.absent.map((p) => [p.name, p.organisation])).toEqual([['Malte', 'Furuskolan']]);
  });
});
