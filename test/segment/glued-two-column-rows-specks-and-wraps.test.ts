import { describe, expect, it } from 'vitest';
import { splitGluedColumns } from '../../src/segment/people-list-rows.ts';
import { segment } from './by-field/segment-text.ts';

describe('a two-column list of "name, municipality" whose column gap OCR closed', () => {
  it('splits past specks before the row and in the gap', () => {
    expect(splitGluedColumns('-Vilja Trosk, Holmby kommun . Ebbe Mulm, Norrby kommun')).toEqual(['Vilja Trosk, Holmby kommun', 'Ebbe Mulm, Norrby kommun']);
    expect(splitGluedColumns('Saga Frell, Fjällby kommun - Tyra Malm, Holmby kommun')).toEqual(['Saga Frell, Fjällby kommun', 'Tyra Malm, Holmby kommun']);
  });
  it('gives a function wrapped onto the row below to the first person, whom a roster lists as its chair', () => {
    expect(splitGluedColumns('Vilja Trosk, Holmby kommun Ebbe Mulm, Norrby kommun (ordf.)')).toEqual(['Vilja Trosk, Holmby kommun (ordf.)', 'Ebbe Mulm, Norrby kommun']);
  });
  it('leaves a bracket that is no function where it is', () => {
    expect(splitGluedColumns('Vilja Trosk, Holmby kommun Ebbe Mulm, Norrby kommun (Teams)')).toEqual(['Vilja Trosk, Holmby kommun Ebbe Mulm, Norrby kommun (Teams)']);
  });
  it('goes on with the list past a blank row OCR put before such a row', () => {
    const minutes = segment('Minnesanteckningar\nLedningsgruppen\n\nDatum: 2025-05-06\n\nDeltagare Vilja Trosk, Holmby kommun Ebbe Mulm, Norrby kommun\nSaga Frell, Fjällby kommun Tyra Malm, Holmby kommun\n\n.Olle Sträng, Norrby kommun Ivar Lundkvist, Fjällby kommun\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell', 'Tyra Malm', 'Olle Sträng', 'Ivar Lundkvist']);
  });
});
