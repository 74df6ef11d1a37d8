import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../src/segment/labels.ts';

describe('labels', () => {
  it('prefers the longest label', () => {
    expect(matchLabel('Plats och tid Kommunhuset')).toMatchObject({ kind: 'placeTime', rest: 'Kommunhuset' });
  });
  it('matches case-insensitively with a colon', () => {
    expect(matchLabel('DELTAGARE: Anna Ek')).toMatchObject({ kind: 'attendees', rest: 'Anna Ek' });
  });
  it('accepts one OCR slip in a long label', () => {
    expect(matchLabel('Beslutonde Karin Ståhl (S)')).toMatchObject({ kind: 'attendees' });
  });
  it('demands an exact match for short labels', () => {
    expect(matchLabel('Tio personer deltog')).toBeNull();
  });
  it('ignores a word that merely starts like a label', () => {
    expect(matchLabel('Platsen var trång')).toBeNull();
  });
});
