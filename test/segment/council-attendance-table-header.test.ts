import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A council's attendance table headed by the members' function, its column gaps closed by OCR with specks between.
const TABLE = [
  'ÅSBY KOMMUN\tPROTOKOLL\tSida 1 av 2',
  'Kommunfullmäktige\tSammanträdesdatum 2018-03-19',
  '',
  'Plats och tid\tKommunhuset, Åsby, kl. 19.00–21.00',
  '',
  'Närvarolista',
  'Ledamot Parti - Närvarande = Tjänstgörande ersättare',
  'Signe Ask, ordförande M',
  'Tord Ek S',
  'Laila Hed SD',
  '',
  'Justerare\tTord Ek och Laila Hed',
  '',
  '§ 12 Val av justerare',
  'Kommunfullmäktige utser Tord Ek och Laila Hed att justera protokollet.',
].join('\n');

describe('the header of a council attendance table headed "Ledamot", read with its gaps closed', () => {
  it('is nobody present', () => {
    const names = segment(TABLE).attendees.map((p) => p.name);
    expect(names).not.toContain('Ledamot Parti');
    expect(names.some((n) => /Närvarande|Ledamot/u.test(n))).toBe(false);
  });
});
