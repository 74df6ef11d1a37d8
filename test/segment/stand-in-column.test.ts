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

describe('such a table read by plain OCR with its gaps closed', () => {
  const text = [
    'ÖSTBY KOMMUN\tPROTOKOLL\tSida 2 av 2',
    'Kommunfullmäktige\tSammanträdesdatum 2018-03-19',
    '',
    'Ledamot oe Parti Närvarande = Tjänstgörande ersättare',
    'Tord Ek S Xx |',
    'Laila Hed SD X',
    'Ruben Falk M Ida Sten',
    'Måns Bro V Xx',
    '',
    'Justerare Tord Ek och Laila Hed',
    '',
    '§ 12 Val av justerare',
    'Kommunfullmäktige utser Tord Ek och Laila Hed att justera protokollet.',
  ].join('\n');
  it('reads the marked members present and the substitute serving for the member away', () => {
    const m = segment(text);
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tord Ek', 'S', null],
      ['Laila Hed', 'SD', null],
      ['Ida Sten', 'M', 'tjänstgörande ersättare'],
      ['Måns Bro', 'V', null],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Ruben Falk']);
  });
  it('is no table where its rows do not follow as rows of one', () => {
    const list = text
      .replace('Ledamot oe Parti', 'Närvarolista\nLedamot oe Parti')
      .replace('Tord Ek S Xx |\nLaila Hed SD X\nRuben Falk M Ida Sten\nMåns Bro V Xx', 'Tord Ek, ordförande OM\nLaila Hed, 1:e vice ordförande S');
    expect(segment(list).attendees.map((p) => p.name)).toEqual(['Tord Ek', 'Laila Hed']);
  });
});
