import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

const invitation = segment(
  'Elevrådet i Kalix\n\nHej alla!\n\nElevrådet träffas onsdag 23/4 kl 15–16 på skolans bibliotek, plan 2. Vi bjuder på fika!\n\nAgenda\n1. Välkomna\n2. Skolgården\n3. Övrigt\n\nKalix 15/4 2025\nSaga Lind, elevrådsledare',
);

describe('an invitation that never says "kallelse"', () => {
  it('reads "… träffas onsdag 23/4 …" over a bare agenda as a kallelse, its day after the letter was signed', () => {
    expect(invitation.documentType).toBe('kallelse');
    expect(invitation.meeting).toEqual({ date: '2025-04-23', start: '15:00', end: '16:00', place: 'skolans bibliotek, plan 2' });
  });
  it('reads "Saga Lind, elevrådsledare" under it as the signature', () => {
    expect(invitation.signatures).toEqual([{ role: 'elevrådsledare', name: 'Saga Lind' }]);
  });
  it('does not read minutes that report what happened as an invitation', () => {
    const m = segment('Anteckningar\nElevrådet\n\nDatum: 2025-04-23\n\nNärvarande: Saga Lind, Omar Ali\n\n1. Skolgården\nVi träffas med rektor i maj.\n2. Övrigt\nInget.');
    expect(m.documentType).toBe('minnesanteckningar');
  });
});
