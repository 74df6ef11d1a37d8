import { describe, expect, it } from 'vitest';
import { documentLine } from '../../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../../src/segment/head-block.ts';
import { parsePerson } from '../../../src/segment/person.ts';
import { segment } from './segment-text.ts';

describe('a team named by first names in a bracket after the title', () => {
  it('reads "APT … (Ina, Gösta, Wilma, Omar)" as those present', () => {
    const m = segment('Minnesanteckningar APT boendet Granen 5/3-25 (Ina, Gösta, Wilma, Omar)\n\n1. Schema\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ina', 'Gösta', 'Wilma', 'Omar']);
  });
  it('reads the bracket where it wrapped onto the next row', () => {
    const m = segment('Minnesanteckningar APT boendet Granen 5/3-25 (Ina,\nGösta, Wilma, Omar)\n\n1. Schema\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ina', 'Gösta', 'Wilma', 'Omar']);
  });
  it('does not read a bracket of other words as people', () => {
    const m = segment('Minnesanteckningar styrgruppen (förvaltningen, bolaget, kansliet)\n\n1. Schema\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees).toEqual([]);
  });
});

describe('a lone figure beside a list label on a page read with geometry', () => {
  it('keeps "Närvarande | 2" over a "Namn | Kommun" table as the label of that table', () => {
    const rows = [
      documentLine(1, ['Närvarande', '2'], [182, 617]),
      documentLine(1, ['Namn', 'Kommun'], [182, 553]),
      documentLine(1, ['Elsa Kvist', 'Kalix'], [182, 569]),
      documentLine(1, ['Tor Lampa', 'Arjeplog'], [184, 570]),
    ];
    expect(parseHeadBlock(rows).find((f) => f.kind === 'attendees')?.values.filter((v) => /\p{L}/u.test(v))).toEqual(['Elsa Kvist, Kalix', 'Tor Lampa, Arjeplog']);
  });
});

describe('municipalities of every region', () => {
  it('reads a Norrland or Finland-Swedish municipality after a name as the organisation', () => {
    expect(parsePerson('Elsa Kvist Kalix')).toEqual({ name: 'Elsa Kvist', organisation: 'Kalix', role: null });
    expect(parsePerson('Tor Lampa Jakobstad')).toEqual({ name: 'Tor Lampa', organisation: 'Jakobstad', role: null });
  });
  it('keeps a surname that is also a municipality\'s name ("Lund") in the name', () => {
    expect(parsePerson('Anna Maria Lund')?.name).toBe('Anna Maria Lund');
  });
});
