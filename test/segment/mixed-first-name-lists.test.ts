import { describe, expect, it } from 'vitest';
import { attendeesOfNotes } from './by-field/segment-text.ts';

describe('a team named by first names with an adult named in full among them', () => {
  it('reads every part, the pupils by first name and the adult with surname and title', () => {
    expect(attendeesOfNotes('Närvarande: Ville (7A), Tindra (7B), Malte (8A) och Sixten Lagerholm (lärare)')).toEqual([
      ['Ville', null, null],
      ['Tindra', null, null],
      ['Malte', null, null],
      ['Sixten Lagerholm', null, 'lärare'],
    ]);
  });
  it('reads no team where a part is neither a first name nor a person', () => {
    expect(attendeesOfNotes('Närvarande: Ville, Tindra, Malte och hela klass 7A').map(([name]) => name)).not.toContain('hela klass 7A');
  });
  it('reads the adult\'s title before the name, and pupils with school and class in one bracket', () => {
    expect(attendeesOfNotes('Närvarande: Ville (Ekbacksskolan, 9A), Tindra (Furuskolan, 8C), Malte (Furuskolan 7B) och fritidsledare Ronja Vikström')).toEqual([
      ['Ville', 'Ekbacksskolan', null],
      ['Tindra', 'Furuskolan', null],
      ['Malte', 'Furuskolan', null],
      ['Ronja Vikström', null, 'fritidsledare'],
    ]);
  });
});
