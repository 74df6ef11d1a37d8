import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/segment/person.ts';
import { segment } from './by-field/segment-text.ts';

describe('a name and the organisation column beside it, their gap closed by OCR', () => {
  it('starts the organisation at a capitalised word followed by one in lower case', () => {
    expect(parsePerson('Vilja Trosk Norrby byalag')).toEqual({ name: 'Vilja Trosk', organisation: 'Norrby byalag', role: null });
    expect(parsePerson('Ebbe Mulm Fjällbys hembygdsförening, ordförande')).toEqual({ name: 'Ebbe Mulm', organisation: 'Fjällbys hembygdsförening', role: 'ordförande' });
  });
  it('starts the organisation at an acronym in capitals, which no name holds', () => {
    expect(parsePerson('Saga Frell NTF Holmby')).toEqual({ name: 'Saga Frell', organisation: 'NTF Holmby', role: null });
  });
  it('keeps a particle of a name and a title in lower case out of it', () => {
    expect(parsePerson('Tyra af Malm')?.name).toBe('Tyra af Malm');
    expect(parsePerson('Olle Sträng Holmby samordnare')?.organisation ?? null).not.toBe('Holmby samordnare');
  });
  it('reads a title after the name when OCR put a speck at the end of the row', () => {
    expect(parsePerson('Ivar Lundkvist kommunalråd ”')).toEqual({ name: 'Ivar Lundkvist', organisation: null, role: 'kommunalråd' });
  });
});

describe('blank rows OCR put inside a table of names beside organisations and titles', () => {
  it('goes on from a row with an organisation to a row with a title', () => {
    const minutes = segment('Minnesanteckningar\nBygderådet\n\nDatum: 2025-05-06\n\nNärvarande\nVilja Trosk Norrby byalag\nEbbe Mulm Fjällby bygdeförening\n\nSaga Frell kommunalråd\n\nTyra Malm landsbygdsutvecklare\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(minutes.attendees.map((p) => [p.name, p.organisation ?? null, p.role ?? null])).toEqual([
      ['Vilja Trosk', 'Norrby byalag', null],
      ['Ebbe Mulm', 'Fjällby bygdeförening', null],
      ['Saga Frell', null, 'kommunalråd'],
      ['Tyra Malm', null, 'landsbygdsutvecklare'],
    ]);
  });
});
