import { describe, expect, it } from 'vitest';
import { SIGNER_ROLE } from '../../src/segment/signing-roles.ts';

describe('signing roles', () => {
  it('knows the chair, the secretary and the adjusters, in any case', () => {
    for (const role of ['Ordförande', 'SEKRETERARE', 'justerare', 'Justerande', 'Protokollförare', 'Justeringsperson', 'Antecknare']) {
      expect(SIGNER_ROLE.test(role), role).toBe(true);
    }
  });

  it('knows a role that opens a compound or follows "vice"', () => {
    for (const role of ['Mötesordförande', 'nämndsekreterare', 'vice ordförande', 'Vice  ordförande']) {
      expect(SIGNER_ROLE.test(role), role).toBe(true);
    }
  });

  it('takes no name, heading or other title for a role', () => {
    for (const text of ['Justeras', 'Vid protokollet', 'Ordförande Eva Ek', 'Kommunstyrelsens ordförande', 'Ledamot', 'Ekonomichef']) {
      expect(SIGNER_ROLE.test(text), text).toBe(false);
    }
  });
});
