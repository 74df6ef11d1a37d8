import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A protokoll printed as a table of "§ | title" and "label | value" rows, as plain OCR text reads it: the head's labels,
// then the paragraphs' label column (signs misread), then the values, and after a second block of labels the rest.
const protokoll = [
  'PROTOKOLL',
  'Fritidsnämnden, Ekmora kommun',
  '',
  'Datum',
  'Tid',
  'Plats',
  '',
  'Närvarande',
  '',
  'Justerare',
  '',
  '8 11',
  'Beslut',
  '',
  '812',
  'Dnr',
  'Ärendet',
  '',
  'Beslutsunderlag',
  'Beslut',
  'Expediera',
  '',
  '2025-02-11',
  '13.00-15.00',
  'Ekmora rådhus, sal Tyra',
  '',
  'Saga Frell (S), ordförande',
  'Orvar Lind (M)',
  'Ivar Tunn (C)',
  '',
  'Orvar Lind',
  '',
  'Val av justerare',
  'Orvar Lind utses att justera protokollet.',
  '',
  'Bidrag till föreningar i Ekmora och',
  'Ulvsby 2025',
  'FN 2025/14',
  '',
  'Förvaltningen har tagit emot elva ansökningar om bidrag, varav två',
  'kom in efter sista dagen.',
  'Tjänsteskrivelse 2025-01-20',
  'Sammanställning av ansökningar',
  'Fritidsnämnden beslutar',
  'att fördela bidragen enligt förvaltningens förslag.',
  'Kommunstyrelsen',
  'Föreningarna',
  '',
  '§ 13',
  'Ärendet',
  'Beslut',
  '',
  'Vid protokollet:',
  'Ordförande',
  '',
  'Meddelanden',
  'Fritidschefen informerar om sommarens simskola.',
  'Informationen noteras.',
  '',
  'Ina Brask',
  'Saga Frell',
].join('\n');

describe('a paragraph table whose label column plain OCR text read before its values', () => {
  it('gives each paragraph its title and each decision label its sentences, a wrapped title joined', () => {
    const m = segment(protokoll);
    expect(m.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['11', 'Val av justerare', ['Orvar Lind utses att justera protokollet.']],
      ['12', 'Bidrag till föreningar i Ekmora och Ulvsby 2025', ['Fritidsnämnden beslutar att fördela bidragen enligt förvaltningens förslag.']],
      ['13', 'Meddelanden', ['Informationen noteras.']],
    ]);
  });
  it('keeps the list of documents apart from the sentences of the decision under it', () => {
    const text = segment(protokoll).items[1]!.text;
    expect(text).toMatch(/Beslutsunderlag Tjänsteskrivelse 2025-01-20\nSammanställning av ansökningar\nBeslut Fritidsnämnden beslutar/u);
  });
  it('signs with the names read after the last block of values', () => {
    expect(segment(protokoll).signatures).toEqual([
      { role: 'Vid protokollet', name: 'Ina Brask' },
      { role: 'Ordförande', name: 'Saga Frell' },
    ]);
  });
  it('leaves the rows as read where the paragraphs\' numbers do not run on', () => {
    const m = segment(protokoll.replace('812', '815'));
    expect(m.items.map((i) => i.title)).not.toContain('Val av justerare');
  });
});
