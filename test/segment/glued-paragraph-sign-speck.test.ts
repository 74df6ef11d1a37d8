import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

describe('a paragraph sign OCR glued to its number', () => {
  it('reads the heading when a speck in the gap is glued to the title too', () => {
    const minutes = segment(
      'PROTOKOLL\nTekniska nämnden\nDatum: 2024-05-21\n\n841 =Valav justerare\nNämnden utser Eva Ek att justera protokollet.\n\n842 = Budget\nNämnden beslutar att anta budgeten.\n\n843 Avslutning\nOrdföranden avslutade mötet.\n',
    );
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['41', 'Valav justerare'],
      ['42', 'Budget'],
      ['43', 'Avslutning'],
    ]);
  });
});

describe('specks after a point title', () => {
  it('drops a stop standing apart and the page edge read as letters after it', () => {
    const minutes = segment('Minnesanteckningar\nArbetsgruppen\nDatum: 2024-02-01\n\n1. Inledning\nAlla hälsades välkomna.\n\n2. Nästa möte . ij\nNästa möte hålls den 1 mars 2024.\n');
    expect(minutes.items.map((i) => i.title)).toEqual(['Inledning', 'Nästa möte']);
  });
});
