import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const extract = (row: string) =>
  ['PROTOKOLLSUTDRAG', 'Fritidsnämnden', '', '§ 12 Taxa för idrottshallar', 'Nämndens beslut', 'Nämnden antar taxan.', '', 'Justeras', row, 'ordförande. justerare'].join('\n');

describe('two signers on one row with several specks read in the gap between them', () => {
  it('parts the names at specks that include dashes', () => {
    const m = segment(extract('Vera Lindkvist - - | Oskar Hammar'));
    expect(m.signatures.map((s) => s.name)).toEqual(['Vera Lindkvist', 'Oskar Hammar']);
    expect(m.adjusters).toEqual(['Oskar Hammar']);
  });
  it('keeps a name whose parts one printed dash joins', () => {
    const m = segment(extract('Vera Lindkvist-Hammar'));
    expect(m.signatures[0]!.name).toBe('Vera Lindkvist-Hammar');
  });
});
