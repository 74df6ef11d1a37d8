import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/segment/person.ts';
import { withoutHolding } from '../../src/segment/share-holding.ts';

describe('a shareholder\'s holding in a register of votes', () => {
  it('leaves the count of shares out of the organisation a proxy speaks for', () => {
    expect(parsePerson('Ekby kommun, 5 000 aktier, genom ombud Lars Lind')).toMatchObject({ name: 'Lars Lind', organisation: 'Ekby kommun', role: 'ombud' });
  });

  it('takes off a count of shares, votes or parts after a comma or in brackets, and nothing else', () => {
    expect(withoutHolding('Bygdens sparbank (120 röster)')).toBe('Bygdens sparbank');
    expect(withoutHolding('Ekby Fastigheter AB, 1500 aktier')).toBe('Ekby Fastigheter AB');
    expect(withoutHolding('Ekby kommun, Kommunstyrelsen')).toBe('Ekby kommun, Kommunstyrelsen');
  });
});
