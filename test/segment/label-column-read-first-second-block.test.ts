import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// Plain OCR of a council protokoll's first page: the label column read before its values twice, above and below a row
// OCR read whole, the members given elsewhere ("se bilaga 1 /" wrapped onto "närvarolista").
const TWO_BLOCKS = [
  'NORRÅ KOMMUN',
  'Kommunfullmäktige',
  '',
  'SAMMANTRÄDESPROTOKOLL | 1(3)',
  'Sammanträdesdatum 2021-10-18',
  '',
  'Plats och tid',
  'Beslutande',
  '',
  'Övriga närvarande',
  '',
  'Justerare',
  '',
  'Folkets hus, stora salen, Norrå, måndagen den 18',
  'oktober 2021 kl. 18.00-21.30',
  '',
  'Närvarande ledamöter och tjänstgörande ersättare, se bilaga 1 /',
  '',
  'närvarolista',
  '',
  'Tove Rydh, kommundirektör',
  '',
  'Arvid Moll, kommunsekreterare',
  '',
  'Lena Ström (C) och Per Vinge (V)',
  '',
  'Justeringens plats och tid - Kommunkansliet, onsdagen den 27 oktober 2021',
  '',
  'Paragrafer',
  '',
  'Underskrifter',
  'Sekreterare',
  '',
  'Ordförande',
  '',
  'Justerare',
  '',
  '88 90-96',
  '',
  'Arvid Moll',
  '',
  'Gösta Fjäll',
  '',
  'Lena Ström Per Vinge',
  '',
  '§ 90 Val av justerare',
  'Kommunfullmäktige utser Lena Ström (C) och Per Vinge (V) att justera protokollet.',
].join('\n');

describe('a head whose label column OCR read before the values, twice on one page', () => {
  const m = segment(TWO_BLOCKS);
  it('pairs the first block, the members given elsewhere', () => {
    expect(m.meeting).toEqual({ date: '2021-10-18', start: '18:00', end: '21:30', place: 'Folkets hus, stora salen, Norrå' });
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Tove Rydh', 'kommundirektör'],
      ['Arvid Moll', 'kommunsekreterare'],
    ]);
  });
  it('pairs the second block below the row read whole, the signers with their roles', () => {
    expect(m.signatures.map((s) => [s.role, s.name])).toEqual([
      ['Sekreterare', 'Arvid Moll'],
      ['Ordförande', 'Gösta Fjäll'],
      ['Justerare', 'Lena Ström'],
      ['Justerare', 'Per Vinge'],
    ]);
  });
});
