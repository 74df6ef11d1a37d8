import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/segment/person.ts';
import { attendeesOfNotes } from './by-field/segment-text.ts';

describe('a row of name – title – workplace, each set off by a spaced dash', () => {
  it('reads the title as the role and what follows the second dash as the organisation', () => {
    expect(parsePerson('Vilja Trosk – distriktsläkare – Norrby vårdcentral')).toEqual({ name: 'Vilja Trosk', organisation: 'Norrby vårdcentral', role: 'distriktsläkare' });
    expect(parsePerson('Ebbe Mulm – MAS – Fjällby kommun')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällby kommun', role: 'MAS' });
  });
  it('keeps a dash inside an organisation that follows a place, not a title', () => {
    expect(parsePerson('Saga Frell – Fjällby – Norrby')?.role ?? null).toBeNull();
  });
  it('reads every row of such a list with its title and workplace', () => {
    const people = attendeesOfNotes('Deltagare:\nVilja Trosk – överläkare – Norrby sjukhus\nEbbe Mulm – äldreomsorgschef – Fjällby kommun\nSaga Frell – ordförande – Demensföreningen i Fjällby');
    expect(people).toEqual([
      ['Vilja Trosk', 'Norrby sjukhus', 'överläkare'],
      ['Ebbe Mulm', 'Fjällby kommun', 'äldreomsorgschef'],
      ['Saga Frell', 'Demensföreningen i Fjällby', 'ordförande'],
    ]);
  });
});

describe('a title no title list knows, between the dashes', () => {
  it('reads the lone lower-case word between the name and a capitalised workplace as the title', () => {
    expect(parsePerson('Tyra Holk – inköpare – Fjällby kommun')).toEqual({ name: 'Tyra Holk', organisation: 'Fjällby kommun', role: 'inköpare' });
  });
  it('keeps a unit in the definite form as the organisation, not the title', () => {
    expect(parsePerson('Tyra Holk – socialtjänsten – Fjällby kommun')?.role ?? null).toBeNull();
  });
});
