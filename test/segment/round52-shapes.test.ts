import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-52 shapes', () => {
  it('reads "Minnesanteckningar: Namn" closing the notes as who kept them', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-11-12\n\n1. Start\nText.\n\n2. Slut\nText.\n\nMinnesanteckningar: Vilja Trosk');
    expect(m.signatures).toEqual([{ role: 'Minnesanteckningar', name: 'Vilja Trosk' }]);
  });
  it('reads "För arbetsgivaren:" before a person as the side they sit on, not their organisation', () => {
    const m = segment('Minnesanteckningar LSG Fjällskolan\n\nDatum: 2025-11-20\n\nNärvarande\nFör arbetsgivaren: Vilja Trosk, rektor\nFör arbetstagarna: Ebbe Mulm, Fjällfacket; Saga Frell, Kommunal\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'rektor' },
      { name: 'Ebbe Mulm', organisation: 'Fjällfacket', role: null },
      { name: 'Saga Frell', organisation: 'Kommunal', role: null },
    ]);
  });
  it('reads "Sakkunnigt biträde:" as the function of the person after it', () => {
    const m = segment('Revisorerna i Fjällby\nProtokoll\n\nDatum: 2025-11-05\nNärvarande revisorer: Vilja Trosk (S), ordförande; Ebbe Mulm (M)\nSakkunnigt biträde: Saga Frell, Fjällrevision AB\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.at(-1)).toEqual({ name: 'Saga Frell', organisation: 'Fjällrevision AB', role: 'sakkunnigt biträde' });
  });
  it('goes on with a list row that ends on a comma across OCR\'s blank row', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-11-12\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm,\n\nTrollbergs kommun; Saga Frell, Länsstyrelsen\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby kommun'],
      ['Ebbe Mulm', 'Trollbergs kommun'],
      ['Saga Frell', 'Länsstyrelsen'],
    ]);
  });
});

