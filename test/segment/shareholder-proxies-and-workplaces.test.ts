import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/segment/person.ts';

describe('an organisation represented by a person', () => {
  it('reads "X kommun genom ombud Name" as the person, the organisation and the function', () => {
    expect(parsePerson('Nykvarns kommun genom ombud Stina Holm')).toEqual({ name: 'Stina Holm', organisation: 'Nykvarns kommun', role: 'ombud' });
    expect(parsePerson('Solna stad representerad av Bo Rydh')).toEqual({ name: 'Bo Rydh', organisation: 'Solna stad', role: null });
  });
  it('leaves a person who is no organisation alone', () => {
    expect(parsePerson('Stina Holm genom Bo Rydh')).toBeNull();
  });
});

describe('where an adviser works', () => {
  it('reads a capitalised part after the title of someone not a member as the organisation', () => {
    expect(parsePerson('Olle Vik, lekmannarevisor, KPMG', 'other')).toEqual({ name: 'Olle Vik', organisation: 'KPMG', role: 'lekmannarevisor' });
  });
});
