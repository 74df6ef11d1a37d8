import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A small council's protokoll as plain OCR reads it: the adjusters' two names closed up beside their one role, a
// paragraph's sign with a speck after it, and a place whose weekday date wraps inside the label column read first.
const COUNCIL = [
  'LINDBY KOMMUN\tPROTOKOLL\t1 (2)',
  'Kommunfullmäktige\t2017-05-22',
  '',
  'Plats och tid\tStadshuset, Lindby, kl. 18.00–20.10',
  'Beslutande\tAnna Rehn (M), ordförande',
  '\tOlle Strid (S)',
  '\tBritt Hovland (C)',
  'Övriga närvarande\tPer Sjöman, kommunsekreterare',
  'Utses att justera\tOlle Strid och Britt Hovland',
  '',
  '8 31 t',
  'Val av justerare',
  'Kommunfullmäktige utser Olle Strid och Britt Hovland att justera protokollet.',
  '',
  '§ 32\tMeddelanden',
  'Meddelandena läggs till handlingarna.',
  '',
  'Underskrifter',
  'Sekreterare Per Sjöman',
  'Ordförande Anna Rehn',
  '',
  'Justerare Olle Strid Britt Hovland',
].join('\n');

describe("a council's protokoll read by plain OCR", () => {
  const m = segment(COUNCIL);
  it('gives each of two adjusters closed up beside their one role a signature of their own', () => {
    expect(m.signatures.map((s) => [s.role, s.name])).toEqual([
      ['Sekreterare', 'Per Sjöman'],
      ['Ordförande', 'Anna Rehn'],
      ['Justerare', 'Olle Strid'],
      ['Justerare', 'Britt Hovland'],
    ]);
  });
  it('reads "8 31 t" as the paragraph, the small letter after its number a speck', () => {
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['31', 'Val av justerare'],
      ['32', 'Meddelanden'],
    ]);
  });
});

const HEAD_READ_APART = [
  'Holmby kommun',
  'Socialnämnden',
  'Protokoll',
  'Sammanträdesdatum: 2025-02-12',
  '',
  'Plats och tid',
  '',
  'Beslutande',
  '',
  'Justerare',
  '',
  'Justeringens',
  'plats och tid',
  '',
  'Gamla tingshuset, sammanträdesrum Ugglan, onsdagen den 12',
  '',
  'februari 2025 kl. 13:00-15:30',
  '',
  'Lisa Dahl (M), ordförande',
  'Omar Sund (S)',
  '',
  'Omar Sund (S)',
  '',
  'Tingshuset, 2025-02-17',
  '',
  '§ 5 Val av justerare',
  'Socialnämnden utser Omar Sund att justera protokollet.',
].join('\n');

describe('a place whose weekday date wraps onto the next row of a label column OCR read first', () => {
  it('is the place, the rest of the date after it the time', () => {
    expect(segment(HEAD_READ_APART).meeting).toEqual({ date: '2025-02-12', start: '13:00', end: '15:30', place: 'Gamla tingshuset, sammanträdesrum Ugglan' });
  });
});
