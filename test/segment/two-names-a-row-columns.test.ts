import { describe, expect, it } from 'vitest';
import { attendeesOfNotes } from './by-field/segment-text.ts';

describe('a list of people printed two names a row', () => {
  it('reads each column of the row as its own person when the gap survives as a column break', () => {
    const people = attendeesOfNotes('Närvarande:\nVilja Trosk\tEbbe Mulm\nSaga Frell\tIvar Lundkvist\nTyra Malm\tOlle Sträng');
    expect(people.map(([name, organisation]) => [name, organisation])).toEqual([
      ['Vilja Trosk', null], ['Ebbe Mulm', null], ['Saga Frell', null], ['Ivar Lundkvist', null], ['Tyra Malm', null], ['Olle Sträng', null],
    ]);
  });
  it('keeps a name and where the person comes from together in a row whose second column is no person', () => {
    const people = attendeesOfNotes('Närvarande:\nVilja Trosk\tHolmby kommun\nSaga Frell\tFjällby kommun\nTyra Malm\tOlle Sträng');
    expect(people.slice(0, 2)).toEqual([['Vilja Trosk', 'Holmby kommun', null], ['Saga Frell', 'Fjällby kommun', null]]);
  });
  it('drops the speck or dash OCR read before the first column of a row whose gap it closed', () => {
    const people = attendeesOfNotes('Närvarande:\n- Vilja Trosk Ebbe Mulm\nSaga Frell Ivar Lundkvist\n. Tyra Malm Olle Sträng');
    expect(people.map(([name]) => name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell', 'Ivar Lundkvist', 'Tyra Malm', 'Olle Sträng']);
  });
});
