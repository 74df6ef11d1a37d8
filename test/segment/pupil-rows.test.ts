import { describe, expect, it } from 'vitest';
import { pupilWithSchool, withoutBracketedClass } from '../../src/segment/pupil-rows.ts';
import { attendeesOfNotes } from './by-field/segment-text.ts';

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
});
