import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/segment/person.ts';

describe('the board a politician sits for, named after the party', () => {
  it('is no role; the party stays the organisation and a function beside it the role', () => {
    expect(parsePerson('Tyra Wennbom (S), ordförande, vård- och omsorgsnämnden')).toEqual({ name: 'Tyra Wennbom', organisation: 'S', role: 'ordförande' });
    expect(parsePerson('Sixten Lagerholm (M), socialnämnden')).toEqual({ name: 'Sixten Lagerholm', organisation: 'M', role: null });
  });
  it('keeps a function that names its board', () => {
    expect(parsePerson('Tyra Wennbom (S), ordförande i kommunstyrelsen')?.role).toBe('ordförande i kommunstyrelsen');
  });
});
