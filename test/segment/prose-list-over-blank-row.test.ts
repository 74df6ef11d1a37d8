import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';


describe('a list of those present written as a sentence, broken by OCR\'s blank row', () => {
  it('goes on past the blank row into a row that opens with "och"', () => {
    const m = segment(
      'PROTOKOLL\nhållet vid kyrkostämma i Mossby sockenstuga söndagen den 4 maj 1941.\n\nNärvarande:\n\n' +
        'kyrkoherden Ivar Dunk såsom ordförande, kyrkvärdarna Edla Rapp\n\noch Nore Sill samt 19 röstberättigade.\n\n' +
        '§ 1. Stämman förklarades öppnad.\n\n§ 2. Inga övriga frågor.',
    );
    expect(m.attendees.map((p) => p.name)).toEqual(['Ivar Dunk', 'Edla Rapp', 'Nore Sill']);
  });
});
