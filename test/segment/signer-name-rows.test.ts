import { describe, expect, it } from 'vitest';
import { documentLine } from '../../src/segment/document-lines.ts';
import { namesWithRoles } from '../../src/segment/signer-name-rows.ts';
import { segment } from './by-field/segment-text.ts';

describe('a signer row with the name and the title on one row', () => {
  it('reads the name and the title apart at a comma, or at the semicolon OCR reads for it', () => {
    expect(namesWithRoles(documentLine(1, ['Hedda Lind, nämndsekreterare']))).toEqual([{ role: 'nämndsekreterare', name: 'Hedda Lind' }]);
    expect(namesWithRoles(documentLine(1, ['Hedda Lind; nämndsekreterare']))).toEqual([{ role: 'nämndsekreterare', name: 'Hedda Lind' }]);
  });
  it('signs an extract with the title beside the name under "Rätt utdraget betygar"', () => {
    const m = segment(
      'PROTOKOLLSUTDRAG\nTekniska nämnden\nSammanträdesdatum 2025-02-04\n\n§ 9 Snöröjning\nDnr TN 2025/4\nBeslut\nNämnden antar planen.\n\n' +
        'Rätt utdraget betygar\nHedda Lind; nämndsekreterare\n',
    );
    expect(m.signatures).toEqual([{ role: 'nämndsekreterare', name: 'Hedda Lind' }]);
  });
});
