import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// OCR of a label column printed beside its values, read as a block of labels and then a block of values, with the blank
// rows OCR puts between the rows of each value.
const READ_APART = [
  'PROTOKOLL',
  'Fjällnämnden',
  'Sammanträdesdatum 2025-05-06',
  '',
  'Plats och tid',
  '',
  'Beslutande',
  'Övriga deltagande',
  '',
  'Utses att justera',
  'Justeringens plats och tid',
  '',
  'Rådhuset, sal Tärna, kl 09.00-11.50,',
  '',
  '13.00-15.20',
  '',
  'Vilja Trosk (M), ordförande, Ebbe Mulm (S), Saga Frell (C)',
  '',
  'Tor Ahl, kommunchef',
  '',
  'Lis Vall, ekonomichef, Ks 88 46-47',
  '',
  'Mia Hed, sekreterare',
  '',
  'Ebbe Mulm',
  '',
  'Rådhuset 2025-05-09',
  '',
  'Ks 8 45 GODKÄNNANDE AV DAGORDNING',
  'Dagordningen godkänns med tillägg av ett ärende om fjällvägarna och snöskoterlederna, som behandlas',
  'under § 47.',
  '',
  'Ks 8 46 BUDGET',
  'Nämnden antar budgeten.',
  '',
  'Ks 8 47 FJÄLLVÄGARNA',
  'Nämnden noterar informationen.',
].join('\n');

describe('a head whose label column OCR read apart from its values', () => {
  it('goes on with a time that a comma left open after the blank row OCR read', () => {
    expect(segment(READ_APART).meeting).toMatchObject({ start: '09:00', end: '15:20' });
  });
  it('keeps "name, title" rows with blank rows between them in the list of staff, not with the adjusters waiting next', () => {
    const m = segment(READ_APART);
    expect(m.attendees.slice(3).map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tor Ahl', null, 'kommunchef'],
      ['Lis Vall', null, 'ekonomichef'],
      ['Mia Hed', null, 'sekreterare'],
    ]);
    expect(m.adjusters).toEqual(['Ebbe Mulm']);
  });
  it('leaves the first paragraph\'s wrapped sentence under its heading, not among the values read apart', () => {
    expect(segment(READ_APART).items[0]!.decisions).toEqual([
      'Dagordningen godkänns med tillägg av ett ärende om fjällvägarna och snöskoterlederna, som behandlas under § 47.',
    ]);
  });
  it('hands a member with a party, straight under the place, to the list waiting for it', () => {
    const m = segment(
      ['PROTOKOLL', 'Fjällnämnden', 'Sammanträdesdatum: 2025-05-06', '', 'Tid:', 'Plats:', 'Beslutande:', '', '09:00-12:00', '', 'Rådhuset, sal Tärna, Fjällby', 'Vilja Trosk (M), ordförande', '', 'Ebbe Mulm (S)', '', '§ 4 Val av justerare', 'Nämnden utser Ebbe Mulm att justera protokollet.', '', '§ 5 Budget', 'Nämnden antar budgeten.'].join('\n'),
    );
    expect(m.meeting?.place).toBe('Rådhuset, sal Tärna, Fjällby');
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm']);
  });
  it('reads "814 ." and ". Riktlinje …" below it as § 14 and its title, without the specks', () => {
    const m = segment(['PROTOKOLL', 'Fjällnämnden', 'Datum: 2025-05-06', '', '812', 'Val av justerare', 'Text.', '', '813', 'Budget', 'Text.', '', '814 .', '. Riktlinje för hyrpersonal 2025-2026', 'Text.'].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['12', 'Val av justerare'],
      ['13', 'Budget'],
      ['14', 'Riktlinje för hyrpersonal 2025-2026'],
    ]);
  });
  it('hands the clock after the day to the waiting time, and the row after the clock to the waiting place', () => {
    const m = segment(
      ['PROTOKOLL', 'Fjällnämnden', '', 'Sammanträdesdag', 'Tid', 'Lokal', '', 'Beslutande', '', 'Torsdag 12 juni 2025', 'Kl. 13.15 – 16.00', 'Rådhuset, sal Tärna, Fjällby', '', 'Vilja Trosk (M), ordförande', '', '§ 4 Val av justerare', 'Nämnden utser Vilja Trosk att justera protokollet.', '', '§ 5 Budget', 'Nämnden antar budgeten.'].join('\n'),
    );
    expect(m.meeting).toMatchObject({ date: '2025-06-12', start: '13:15', end: '16:00', place: 'Rådhuset, sal Tärna, Fjällby' });
  });
});
