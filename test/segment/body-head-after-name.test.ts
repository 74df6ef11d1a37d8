import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../src/segment/person.ts';

describe('a name and a region whose column gap OCR closed', () => {
  it('opens the organisation at the word naming the kind of body, not at the place after it', () => {
    expect(parsePerson('Alva Ekberg Region Ekmora län')).toMatchObject({ name: 'Alva Ekberg', organisation: 'Region Ekmora län' });
    expect(parsePerson('Bo Ros Länsstyrelsen Västerby län')).toMatchObject({ name: 'Bo Ros', organisation: 'Länsstyrelsen Västerby län' });
  });
});
