import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../../src/segment/person.ts';
import { segment } from './segment-text.ts';

describe('a function or organisation printed before the name', () => {
  it('reads "Stabschef – Tora Lindvik" as the name with its function as the role', () => {
    expect(parsePerson('Stabschef – Tora Lindvik')).toEqual({ name: 'Tora Lindvik', organisation: null, role: 'stabschef' });
  });
  it('reads "Borgby kommun – Ante Frisk" as the name with where the person comes from', () => {
    expect(parsePerson('Borgby kommun – Ante Frisk')).toEqual({ name: 'Ante Frisk', organisation: 'Borgby kommun', role: null });
  });
  it('keeps a crisis staff\'s numbered function ("S4 Logistik") whole as the role', () => {
    expect(parsePerson('S4 Logistik – Vide Ramsten')).toEqual({ name: 'Vide Ramsten', organisation: null, role: 'S4 Logistik' });
  });
  it('reads a column of staff functions under "Deltagare:" as people, not as "§1", "§2" read with the sign as S', () => {
    const m = segment(
      'Minnesanteckningar stabsmöte\n\nDatum: 2025-11-04\n\nDeltagare:\nStabschef – Tora Lindvik\nS1 Personal – Ebbe Kvarn\nS2 Analys – Lo Fjällström\nS3 Ledning – Mio Tranberg\n\n1. Läget\nOförändrat.\n\n2. Resurser\nStabschefen beslutade att behålla bemanningen.',
    );
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Tora Lindvik', 'stabschef'],
      ['Ebbe Kvarn', 'S1 Personal'],
      ['Lo Fjällström', 'S2 Analys'],
      ['Mio Tranberg', 'S3 Ledning'],
    ]);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Läget'],
      ['2', 'Resurser'],
    ]);
  });
});
