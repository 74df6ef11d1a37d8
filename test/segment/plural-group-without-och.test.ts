import { describe, expect, it } from 'vitest';
import { rolesAfterNames } from '../../src/segment/people-in-prose.ts';
import { attendeesOfProtokoll } from './by-field/segment-text.ts';

describe('an older protokoll\'s members named after the plural of their function', () => {
  it('gives each name the function when the group ends at the next group\'s function, with no "och" of its own', () => {
    expect(rolesAfterNames('ledamöterna Tora Vinge (s), ordf., Ebbe Malm (m), Ida Ros (c) samt suppleanten Ivar Sund (fp)')).toBe(
      'Tora Vinge (s), ordf., Ebbe Malm (m), ledamot, Ida Ros (c), ledamot, Ivar Sund (fp), suppleant',
    );
  });
  it('reads the whole group when the sentence ends after it', () => {
    expect(attendeesOfProtokoll('Närvarande:\nledamöterna Tora Vinge (s), ordf., Ebbe Malm (m), Ida Ros (c),\nOve Brink (fp).')).toEqual([
      ['Tora Vinge', 's', 'ordförande'],
      ['Ebbe Malm', 'm', 'ledamot'],
      ['Ida Ros', 'c', 'ledamot'],
      ['Ove Brink', 'fp', 'ledamot'],
    ]);
  });
  it('leaves two names without "och" alone, which may be a list of another kind', () => {
    expect(rolesAfterNames('ledamöterna Tora Vinge, Ebbe Malm.')).toBe('ledamöterna Tora Vinge, Ebbe Malm.');
  });
});
