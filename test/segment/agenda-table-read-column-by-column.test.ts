import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

// A kallelse whose head table and agenda table plain OCR text read column by column: the head's labels, the number
// column (only its last figure kept), the head's values, the titles, the header's right-hand column, the presenters.
const kallelse = (lastFigure: string) =>
  [
    'EKMORA KOMMUN',
    'Fritidsnämnden',
    '',
    'Tid',
    'Plats',
    '',
    'Nr',
    '',
    lastFigure,
    '',
    'Tisdagen den 7 maj 2024 kl. 18.00–20.00',
    '',
    'Folkets hus, sal Tyra',
    '',
    'Ärende',
    '',
    'Val av justerare',
    'Godkännande av dagordning',
    'Bidrag till föreningar i',
    'Ekmora och Ulvsby',
    'Taxa för simhallen från',
    '2025 års början',
    'Meddelanden',
    '',
    'KALLELSE',
    '2024-04-25',
    '',
    'Föredragande',
    'Ordföranden',
    'Ordföranden',
    'Konsulent',
    '',
    'Ina Brask',
    'Fritidschef',
    'Orvar Lind',
    'Sekreteraren',
    '',
    'Ekmora den 25 april 2024',
    '',
    'Saga Frell',
    'Ordförande',
  ].join('\n');

describe('an agenda table whose number column OCR read before the titles', () => {
  it('numbers the titles 1 to n when only the last figure n of the number column was read', () => {
    expect(segment(kallelse('5')).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Val av justerare'],
      ['2', 'Godkännande av dagordning'],
      ['3', 'Bidrag till föreningar i Ekmora och Ulvsby'],
      ['4', 'Taxa för simhallen från 2025 års början'],
      ['5', 'Meddelanden'],
    ]);
  });
  it('leaves the titles unnumbered when the last figure is not as many as the titles', () => {
    expect(segment(kallelse('7')).items.map((i) => i.number)).not.toEqual(['1', '2', '3', '4', '5']);
  });
  it('gives the head labels read before the number column their values read after it', () => {
    const m = segment(kallelse('5'));
    expect(m.meeting).toMatchObject({ date: '2024-05-07', start: '18:00', end: '20:00', place: 'Folkets hus, sal Tyra' });
  });
});

describe('an agenda table headed by a paragraph sign OCR read as a figure', () => {
  it('pairs the paragraph numbers under "8" with the titles read after a sentence of the page', () => {
    const text = 'KALLELSE\nKulturnämnden\n\nMötestid Onsdag 14.5.2025 kl. 18.00\nMötesplats Stadshuset, sal Tyra\n\n8\n41\n42\n43\n\nFörhinder meddelas till sekreteraren senast 12.5.2025.\n\nÄrende\n\nMötets laglighet\nVal av protokolljusterare .\nBidrag till föreningar i Ekmora\n\nEkmora 7.5.2025\n\nSaga Frell\nordförande';
    expect(segment(text).items.map((i) => [i.number, i.title])).toEqual([
      ['41', 'Mötets laglighet'],
      ['42', 'Val av protokolljusterare'],
      ['43', 'Bidrag till föreningar i Ekmora'],
    ]);
  });
});

describe('the header\'s right-hand column read after the agenda', () => {
  it('takes the document word alone in capitals further down the page as the kind of document', () => {
    expect(segment(kallelse('5')).documentType).toBe('kallelse');
  });
});

describe('an agenda\'s column of presenters read below the table', () => {
  it('signs with the letter\'s own signature only, not with the presenters\' roles over names', () => {
    expect(segment(kallelse('5')).signatures).toEqual([{ role: 'Ordförande', name: 'Saga Frell' }]);
  });
});
