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
