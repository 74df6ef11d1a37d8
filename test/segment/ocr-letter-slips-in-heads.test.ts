import { describe, expect, it } from 'vitest';
import { closedRowCells } from '../../src/segment/closed-people-table-rows.ts';
import { parsePerson } from '../../src/segment/person.ts';
import { segment } from './by-field/segment-text.ts';

const POINTS = '\n\n1. Start\nText.\n\n2. Slut\nText.';

describe('letters OCR read for the figures of a date under a date label', () => {
  it('reads "B6-10-14" as the short date 86-10-14', () => {
    const m = segment(`MINNESANTECKNINGAR\nSkolrådet\n\nDatum:\tB6-10-14\nTid:\t19.00-21.00${POINTS}`);
    expect(m.meeting?.date).toBe('1986-10-14');
  });
  it('reads a capital O as a nought in a full date', () => {
    const m = segment(`Minnesanteckningar\nSkolrådet\n\nDatum: 2O24-O3-12${POINTS}`);
    expect(m.meeting?.date).toBe('2024-03-12');
  });
});

describe('initials in brackets after a name, through OCR', () => {
  it('takes "(IS)" after a name whose initials are J S for the initials, no party', () => {
    expect(parsePerson('Jonte Sirén (IS), gatuchef')).toEqual({ name: 'Jonte Sirén', organisation: null, role: 'gatuchef' });
    expect(parsePerson('Tyra Sirén (IS)')?.organisation).toBe('IS');
  });
});

describe('a "Kommun | Namn" table whose column gap OCR closed', () => {
  it('gives each of several names on a row the place before the first', () => {
    expect(closedRowCells('Åmål Tyra Malm, Orvar Lind', ['kommun', 'namn'])).toEqual(['Tyra Malm, Orvar Lind', 'Åmål']);
    const m = segment(`Minnesanteckningar\nNätverket\n\nDatum: 2024-02-01\n\nDeltagare\nKommun Namn\nÅmål Tyra Malm, Orvar Lind\nSunne Saga Frell${POINTS}`);
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([['Tyra Malm', 'Åmål'], ['Orvar Lind', 'Åmål'], ['Saga Frell', 'Sunne']]);
  });
});

describe('a name OCR echoed', () => {
  it('drops the end of the first name read again as a word of its own', () => {
    expect(parsePerson('Britta ta Molin, Åby församling')).toEqual({ name: 'Britta Molin', organisation: 'Åby församling', role: null });
  });
});
