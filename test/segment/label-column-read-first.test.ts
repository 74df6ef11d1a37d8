import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';


// OCR of a label column printed beside its values: the labels come first as a block of their own, with the first
// paragraph's heading printed below them in the same column, then the values, then the paragraph's notes.
const READ_COLUMN_FIRST = [
  'PROTOKOLL',
  'Fjällnämnden',
  'Sammanträdesdatum 2025-05-06',
  '',
  'Plats och tid',
  '',
  'Beslutande',
  '',
  'Övriga deltagare',
  '',
  'Justerare',
  '',
  '§ 1 Val av justerare',
  '',
  'Rådhuset, sal Tärna, kl. 09.00–11.00',
  '',
  'Vilja Trosk (M), ordförande',
  'Ebbe Mulm (S)',
  '',
  'Saga Frell (C)',
  '',
  'Tor Ahl, sekreterare',
  '',
  'Ebbe Mulm (S)',
  '',
  'Fjällnämnden utser Ebbe Mulm (S) att justera protokollet.',
  '',
  '§ 2 Budget',
  'Fjällnämnden antar budgeten.',
].join('\n');

describe('a label column OCR read before its values, with the first heading inside it', () => {
  it('gives the values to the head and the notes to the first paragraph', () => {
    const m = segment(READ_COLUMN_FIRST);
    expect(m.meeting).toEqual({ date: '2025-05-06', start: '09:00', end: '11:00', place: 'Rådhuset, sal Tärna' });
    expect(m.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['1', 'Val av justerare', ['Fjällnämnden utser Ebbe Mulm (S) att justera protokollet.']],
      ['2', 'Budget', ['Fjällnämnden antar budgeten.']],
    ]);
  });
  it('keeps members with their parties in one list across OCR\'s blank rows', () => {
    const m = segment(READ_COLUMN_FIRST);
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'M'],
      ['Ebbe Mulm', 'S'],
      ['Saga Frell', 'C'],
      ['Tor Ahl', null],
    ]);
    expect(m.adjusters).toEqual(['Ebbe Mulm']);
  });
  it('leaves a heading alone when the labels above it have their values', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-05-06\nPlats: Rådhuset\n\n§ 1 Val av justerare\nEbbe Mulm (S)\n\nFjällnämnden utser Ebbe Mulm att justera.');
    expect(m.items[0]!.text.startsWith('Ebbe Mulm (S)')).toBe(true);
    expect(m.meeting?.place).toBe('Rådhuset');
  });
});

// The same head with its paragraphs' span read "$$ 4-6" and the first paragraph's heading and its decision's subheading
// at the foot of the label column; after the values come the decision and the next paragraphs, one row a block, as the
// right half of a signature block would.
const HEADING_AND_SUBHEADING_IN_COLUMN = [
  'PROTOKOLL',
  'Fjällnämnden',
  'Sammanträdesdatum 2025-05-06',
  '',
  'Plats och tid',
  '',
  'Beslutande',
  '',
  'Justerare',
  '',
  'Paragrafer.',
  '',
  ': $4 Val av justerare',
  '',
  'Fjällnämndens beslut',
  '',
  'Rådhuset, sal Tärna, tisdagen den 6 maj',
  '2025 klockan 09.00-11.00 |',
  '',
  'Vilja Trosk (M), ordförande',
  '',
  'Ebbe Mulm (S)',
  '',
  'Ebbe Mulm :',
  '',
  '$$ 4-6',
  '',
  'Nämnden utser Ebbe Mulm (S) att justera protokollet.',
  '',
  '$5 Budget',
  '',
  'Fjällnämndens beslut',
  '',
  'Nämnden antar budgeten.',
].join('\n');

describe('a paragraph heading at the foot of a label column read first', () => {
  it('gives the meeting its place and time once the span of paragraphs is read with OCR\'s dollar signs', () => {
    const m = segment(HEADING_AND_SUBHEADING_IN_COLUMN);
    expect(m.meeting).toEqual({ date: '2025-05-06', start: '09:00', end: '11:00', place: 'Rådhuset, sal Tärna' });
  });
  it('leaves the heading to the body instead of putting it beside the decision', () => {
    const m = segment(HEADING_AND_SUBHEADING_IN_COLUMN);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['4', 'Val av justerare'],
      ['5', 'Budget'],
    ]);
    expect(m.items[0]!.decisions).toEqual(['Nämnden utser Ebbe Mulm (S) att justera protokollet.']);
  });
});
