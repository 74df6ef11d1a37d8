import { describe, expect, it } from 'vitest';
import { labelWrappedOverRows } from '../../src/segment/label-wrapped-over-rows.ts';
import { segment } from './by-field/segment-text.ts';

describe('a head label wrapped after its first word in a narrow label column', () => {
  it('joins a first word that is no label alone with its lower-case tail', () => {
    expect(labelWrappedOverRows('Tjänstgörande', 'ersättare')).toBe('Tjänstgörande ersättare');
    expect(labelWrappedOverRows('Justeringens', 'plats och tid')).toBe('Justeringens plats och tid');
  });
  it('leaves rows that make no label together, or whose second row is no lower-case tail', () => {
    expect(labelWrappedOverRows('Tjänstgörande', 'Vera Ask (s)')).toBeNull();
    expect(labelWrappedOverRows('Kommunalhuset', 'sal tre')).toBeNull();
  });
});

// A typewritten council protokoll whose label column OCR read as a block before the values: labels wrapped over two
// rows, members in two columns with their parties in small letters, a substitute "för" the member away.
const TYPEWRITTEN_HEAD_READ_APART = [
  'HAGBY KOMMUN',
  'Kommunfullmäktige',
  '',
  'Plats och tid',
  '',
  'Närvarande',
  '',
  'Tjänstgörande',
  'ersättare',
  '',
  'Övriga',
  'närvarande',
  '',
  'Justerare',
  '',
  'Justeringens',
  'plats och tid',
  '',
  'SAMMANTRÄDESPROTOKOLL',
  '1979-04-23',
  '',
  'Medborgarhuset i Hagby, måndagen den 23 april 1979',
  'kl 19.00 - 21.45',
  '',
  'Nore Vidlund (s), ordförande',
  'Alma Rask (c), vice ordförande',
  '',
  'Tore Fjäll (s) Vanja Stigsdotter (m)',
  'Kurt Alm (s) : Edit Borre (fp)',
  'Sixten Ros (c) Berta Ljus (vpk)',
  '',
  'Ove Lagg (s) för Gull Hamre (s)',
  '',
  'Ivar Trast, kommunchef',
  'Maj Nord, sekreterare',
  '',
  'Tore Fjäll och Vanja Stigsdotter',
  '',
  'Kommunkansliet 1979-04-30',
  '',
  '§ 41',
  'Val av justerare',
  '',
  'Fullmäktige beslöt att utse Tore Fjäll och Vanja Stigsdotter att justera protokollet.',
  '',
  '§ 42',
  'Meddelanden',
  '',
  'Fullmäktige beslöt att lägga meddelandena till handlingarna.',
].join('\n');

describe('a typewritten council head read label column first, with wrapped labels and members in two columns', () => {
  const m = segment(TYPEWRITTEN_HEAD_READ_APART);
  it('gives the place and the time to "Plats och tid", not the wrapped label of the substitutes', () => {
    expect(m.meeting).toEqual({ date: '1979-04-23', start: '19:00', end: '21:45', place: 'Medborgarhuset i Hagby' });
  });
  it('reads every member of the two columns with their small-letter parties, none of them as a substitute', () => {
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Nore Vidlund', 's', 'ordförande'],
      ['Alma Rask', 'c', 'vice ordförande'],
      ['Tore Fjäll', 's', null],
      ['Vanja Stigsdotter', 'm', null],
      ['Kurt Alm', 's', null],
      ['Edit Borre', 'fp', null],
      ['Sixten Ros', 'c', null],
      ['Berta Ljus', 'vpk', null],
      ['Ove Lagg', 's', 'tjänstgörande ersättare'],
      ['Ivar Trast', null, 'kommunchef'],
      ['Maj Nord', null, 'sekreterare'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Gull Hamre']);
  });
  it('holds when OCR lost the short value of "Paragrafer" at the column\'s end', () => {
    const text = TYPEWRITTEN_HEAD_READ_APART.replace('Justeringens\nplats och tid\n', 'Justeringens\nplats och tid\n\nParagrafer\n');
    expect(segment(text).meeting?.place).toBe('Medborgarhuset i Hagby');
  });
});

describe('the first word of a wrapped label glued to its value by OCR', () => {
  it('is the label\'s head, the row below its lower-case tail beside the next value', () => {
    const text = [
      'HAGBY KOMMUN\tPROTOKOLL',
      'Kommunfullmäktige\t1979-04-23',
      '',
      'Plats och tid\tMedborgarhuset, kl 19.00-21.00',
      'Närvarande\tNore Vidlund (s), ordförande',
      '\tAlma Rask (c)',
      'Tjänstgörande Ove Lagg (s) för Gull Hamre (s)',
      'ersättare\tSten Ås (m) för Elin Berg (m)',
      'Justerare\tAlma Rask',
      '',
      '§ 41',
      'Val av justerare',
      'Fullmäktige beslöt att utse Alma Rask att justera protokollet.',
    ].join('\n');
    const m = segment(text);
    expect(m.attendees.filter((p) => p.role === 'tjänstgörande ersättare').map((p) => p.name)).toEqual(['Ove Lagg', 'Sten Ås']);
    expect(m.absent.map((p) => p.name)).toEqual(['Gull Hamre', 'Elin Berg']);
  });
});
