import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A head whose label column plain OCR text read first, the values after it: the members, a blank row, the substitutes not serving, a blank row, the one away, a blank row, the staff.
const head = (firstMember: string) =>
  [
    'PROTOKOLL',
    'Direktionen',
    '',
    'Plats och tid',
    '',
    'Beslutande',
    '',
    'Ej tjänstgörande ersättare',
    'Frånvarande',
    '',
    'Övriga deltagare',
    '',
    'Justerare',
    '',
    'Kvistby rådhus, fredagen den 9 maj 2025 kl. 09.30-11.45',
    '',
    firstMember,
    '',
    'Tyra Molk (M)',
    'Ebbe Grus (C), vice ordförande',
    'Saga Frell (S)',
    '',
    'Ivar Tunn (S)',
    'Otto Ahl (M)',
    '',
    'Edit Rask (S)',
    '',
    'Ina Brask, förbundsdirektör',
    'Orvar Lind, förbundssekreterare',
    '',
    'Saga Frell',
    '',
    '§ 1 Val av justerare',
    'Direktionen väljer Saga Frell att justera protokollet.',
  ].join('\n');

describe('a head\'s lists read after their labels, a blank row between one list and the next', () => {
  it('gives each list its own rows, the one away and the staff apart from the substitutes', () => {
    const m = segment(head('Greta Sund (S), ordförande'));
    expect(m.absent.map((p) => p.name)).toEqual(['Edit Rask']);
    expect(m.attendees.map((p) => p.name)).toContain('Ina Brask');
  });
});
