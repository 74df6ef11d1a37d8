import { describe, expect, it } from 'vitest';
import { decisions } from './by-field/segment-text.ts';

describe('sections that follow a decision in the minutes of committees and cities', () => {
  it('ends a building permit decision at "Upplysningar"', () => {
    expect(decisions('Beslut\nNämnden beviljar bygglov för förrådet.\nUpplysningar\nArbetet får inte påbörjas före startbesked.')).toEqual(['Nämnden beviljar bygglov för förrådet.']);
  });
  it('ends a decision at "Särskilt uttalande" and at "Ersättaryttrande"', () => {
    expect(decisions('Beslut\nNämnden antar planen.\nSärskilt uttalande\nTove Lund (V) anmäler ett särskilt uttalande.')).toEqual(['Nämnden antar planen.']);
    expect(decisions('Beslut\nNämnden antar planen.\nErsättaryttrande\nIsak Berg (S) anmäler ett ersättaryttrande.')).toEqual(['Nämnden antar planen.']);
  });
  it('ends a decision at "Nämndens behandling", how the matter was handled at the meeting', () => {
    expect(decisions('Beslut\nNämnden anser skrivelsen besvarad.\nNämndens behandling\nAvdelningschefen föredrar ärendet.')).toEqual(['Nämnden anser skrivelsen besvarad.']);
  });
  it('reads approving the agenda with an addition as a decision, whatever the addition is', () => {
    expect(decisions('Föredragningslistan godkänns med tillägg av ett ärende om vinterväghållningen på enskilda vägar, som tas upp sist.')).toEqual([
      'Föredragningslistan godkänns med tillägg av ett ärende om vinterväghållningen på enskilda vägar, som tas upp sist.',
    ]);
    expect(decisions('Planen fastställs av fullmäktige i november när alla nämnder har lämnat sina underlag.')).toEqual([]);
  });
  it('keeps the points that "beslutar följande" announces with it, across the blank rows OCR reads between them', () => {
    expect(decisions('Beslut\nNämnden beslutar följande.\n\n1. Nämnden antar planen.\n\n2. Nämnden överlämnar den till fullmäktige.\nReservation\nIda Sund (V) reserverar sig.')).toEqual([
      'Nämnden beslutar följande. 1. Nämnden antar planen. 2. Nämnden överlämnar den till fullmäktige.',
    ]);
  });
});
