import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', pages: text.split('\f').length });

const workshop = [
  'Anteckningar från utvecklingsdag',
  'Bibliotekens personal i Ekvik',
  '',
  'Datum: 2021-05-06',
  '',
  'Välkommen',
  '• Enhetschefen Greta Ulv hälsade alla välkomna och berättade om dagens upplägg och syfte.',
  '',
  'Läsfrämjande',
  '• Grupperna samlade idéer om hur fler barn kan låna böcker under sommarlovet i år.',
  '',
  'Framåt',
  '• Förslagen samlas i en lista som tas upp på nästa arbetsplatsträff i juni.',
  '\fDeltagare',
  'Greta Ulv, enhetschef',
  'Otto Brask, bibliotekarie, Ekviks bibliotek',
  'Lina Moberg, bibliotekarie',
].join('\n');

describe('participants listed at the end under a heading of their own', () => {
  it('reads the people under a lone "Deltagare" row after the last section as the attendees', () => {
    const minutes = segment(workshop);
    expect(minutes.items.map((i) => i.title)).toEqual(['Välkommen', 'Läsfrämjande', 'Framåt']);
    expect(minutes.attendees).toEqual([
      { name: 'Greta Ulv', organisation: null, role: 'enhetschef' },
      { name: 'Otto Brask', organisation: 'Ekviks bibliotek', role: 'bibliotekarie' },
      { name: 'Lina Moberg', organisation: null, role: 'bibliotekarie' },
    ]);
  });

  it('reads the list across the blank rows OCR put between its rows', () => {
    const ocr = workshop.replace('Deltagare\n', 'Deltagare\n\n').replace('enhetschef\n', 'enhetschef\n\n');
    expect(segment(ocr).attendees.map((p) => p.name)).toEqual(['Greta Ulv', 'Otto Brask', 'Lina Moberg']);
  });

  it('reads no list from a lone label row that has prose under it', () => {
    const prose = workshop.replace('Greta Ulv, enhetschef\nOtto Brask, bibliotekarie, Ekviks bibliotek', 'Alla var med hela dagen.\nNågra gick tidigare.');
    expect(segment(prose).attendees).toEqual([]);
  });
});
