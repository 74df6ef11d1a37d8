import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A council's attendance table: a cross for the members present, the substitute's name where a member was away, and
// neither for a member away with no one serving.
const TABLE = [
  'ÖSTBY KOMMUN\tPROTOKOLL\tSida 1 av 1',
  'Kommunfullmäktige\tSammanträdesdatum 2018-03-19',
  '',
  'Plats och tid\tKommunhuset, Östby, kl. 19.00–21.00',
  '',
  'Närvarolista',
  'Ledamot\tParti\tNärvarande\tTjänstgörande ersättare',
  'Signe Ask, ordförande\tM\tX\t',
  'Tord Ek\tS\tX\t',
  'Laila Hed\tSD\tX\t',
  'Ruben Falk\tM\t\tIda Sten',
  'Greta Ulv\tC\t\t',
  'Måns Bro\tV\tX\t',
  '',
  'Justerare\tTord Ek och Laila Hed',
  '',
  '§ 12 Val av justerare',
  'Kommunfullmäktige utser Tord Ek och Laila Hed att justera protokollet.',
].join('\n');

describe('a council attendance table with a column of the substitutes serving instead', () => {
  const m = segment(TABLE);
  it('has the substitute present in the absent member\'s place, with the member\'s party', () => {
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Signe Ask', 'M', 'ordförande'],
      ['Tord Ek', 'S', null],
      ['Laila Hed', 'SD', null],
      ['Ida Sten', 'M', 'tjänstgörande ersättare'],
      ['Måns Bro', 'V', null],
    ]);
  });
  it('has a member with neither a mark nor a substitute away', () => {
    expect(m.absent.map((p) => [p.name, p.organisation]).sort()).toEqual([
      ['Greta Ulv', 'C'],
      ['Ruben Falk', 'M'],
    ]);
  });
});

describe('the marks\' and the substitutes\' headers in one cell, the gap between them closed by OCR', () => {
  it('reads a name in that column as the substitute serving, a cross as the member present', () => {
    const text = TABLE.replace('Ledamot\tParti\tNärvarande\tTjänstgörande ersättare', '. Ledamot :\tParti\tNärvarande Tjänstgörande ersättare')
      .replace('Ruben Falk\tM\t\tIda Sten', 'Ruben Falk\tM\tIda Sten')
      .replace('Greta Ulv\tC\t\t\n', '');
    const m = segment(text);
    expect(m.attendees.map((p) => [p.name, p.role])).toContainEqual(['Ida Sten', 'tjänstgörande ersättare']);
    expect(m.absent.map((p) => p.name)).toEqual(['Ruben Falk']);
    expect(m.attendees.map((p) => p.name)).not.toContain('Ledamot');
  });
});
