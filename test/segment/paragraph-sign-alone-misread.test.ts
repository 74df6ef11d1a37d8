import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe("a typewriter's paragraph sign that OCR misread, alone on its row above the title", () => {
  const minutes = (signs: [string, string, string]) =>
    segment(
      [
        'Närvarande\tEva Strand, ordförande',
        '\tLars Berg',
        '',
        signs[0],
        'Val av justerare',
        'Att jämte ordföranden justera protokollet utsågs Lars Berg.',
        '',
        signs[1],
        'Skrivelse från tennisklubben',
        'Nämnden beslutade att bevilja klubben ett bidrag om 5.000 kronor.',
        '',
        signs[2],
        'Nästa sammanträde',
        'Nästa sammanträde hålles den 12 maj 1992.',
      ].join('\n'),
    ).items.map((i) => [i.number, i.title]);
  it('reads "S. 12." with a stop after the letter as the sign', () => {
    expect(minutes(['§ 11', 'S. 12.', '§ 13'])).toEqual([['11', 'Val av justerare'], ['12', 'Skrivelse från tennisklubben'], ['13', 'Nästa sammanträde']]);
  });
  it('reads "s12" glued and "8s 13:" as the sign', () => {
    expect(minutes(['§ 11', 's12', '8s 13:'])).toEqual([['11', 'Val av justerare'], ['12', 'Skrivelse från tennisklubben'], ['13', 'Nästa sammanträde']]);
  });
  it('takes no title from dust beside the number, but the row below', () => {
    expect(minutes(['s 11 | se', '§ 12', '§ 13'].map((r) => r.replace(' | ', '\t')) as [string, string, string])[0]).toEqual(['11', 'Val av justerare']);
  });
});

describe('the title under a paragraph sign alone on its row, with dust far out beside it', () => {
  it('takes the title from the row below although a lone figure or short scraps were read beside it', () => {
    const titles = segment('Närvarande\tEva Strand, ordförande\n\n§ 11\nVal av justerare\tfös ij\nLars Berg utsågs att justera.\n\n§ 12\nBadplatsen vid sjön\t5\nNämnden beslutade att anlita badvakter.')
      .items.map((i) => i.title);
    expect(titles[0]).toBe('Val av justerare');
    expect(titles[1]).toMatch(/^Badplatsen vid sjön/);
  });
});
