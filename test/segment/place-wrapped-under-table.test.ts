import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const notes = (head: string) => segment(`Minnesanteckningar\nSamverkansgruppen\n\n${head}\n\nDeltagare: Vilja Trosk (Norrby), Ebbe Mulm (Söderby)\n\n1. Start\nText.\n\n2. Slut\nText.`).meeting;

describe('a head table whose place wrapped onto the row under its values', () => {
  it('joins the room name under the table to a place that ends in a room word', () => {
    expect(notes('Datum Tid Plats\n2025-03-04 09.00-11.00 Stadshuset, Storgatan 1, sal\nBergsalen')).toMatchObject({ date: '2025-03-04', start: '09:00', place: 'Stadshuset, Storgatan 1, sal Bergsalen' });
  });
  it('leaves a place that does not wait for a name as it is', () => {
    expect(notes('Datum Tid Plats\n2025-03-04 09.00-11.00 Stadshuset, Storgatan 1\nBergsalen')).toMatchObject({ place: 'Stadshuset, Storgatan 1' });
  });
});
