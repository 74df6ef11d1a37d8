import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { parsePerson } from '../../src/segment/person.ts';
import { findTimeRange } from '../../src/segment/swedish-times.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-37 shapes', () => {
  it('writes out "adj." and "suppl." as roles', () => {
    expect(parsePerson('Vilja Trosk (adj.)')?.role).toBe('adjungerad');
    expect(parsePerson('Vilja Trosk (suppl.)')?.role).toBe('suppleant');
  });
  it('reads "mellan kl. 9.00 och 11.30" and the OCR reading "17.30 -till 19.45" as ranges, and "mellan 2 och 5" alone as none', () => {
    expect(findTimeRange('mellan kl. 9.00 och 11.30 i Fjällhuset')).toMatchObject({ start: '09:00', end: '11:30' });
    expect(findTimeRange('17.30 -till 19.45')).toMatchObject({ start: '17:30', end: '19:45' });
    expect(findTimeRange('mellan 2 och 5 deltagare')).toBeNull();
  });
  it('dates, times and places a meeting that "ägde rum … mellan kl. … och … i …"', () => {
    const m = segment('Anteckningar\nNätverket Blåklint\n\nMötet ägde rum tisdagen den 6 maj 2025 mellan kl. 13.00 och 15.30 i Fjällhuset, rum Tärna.\n\nDeltagare: Vilja Trosk, Fjällby; Ebbe Mulm, Sjöby\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2025-05-06', start: '13:00', end: '15:30', place: 'Fjällhuset, rum Tärna' });
  });
  it('reads a table of shareholders: the representative in the "Ombud" column, the shareholder as organisation, no figures', () => {
    const m = segment(
      'PROTOKOLL\nfört vid årsstämma i Blåklint AB\n\nDatum: 2025-04-24\n\nNärvarande aktieägare\nAktieägare\tOmbud\tAntal aktier\nFjällby kommun\tVilja Trosk\t60 000\nSjöby kommun\tEbbe Mulm\t40 000\n\n' +
        'Därutöver närvarande\nSaga Frell, vd\n\n§ 1 Öppnande\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällby kommun', role: 'ombud' },
      { name: 'Ebbe Mulm', organisation: 'Sjöby kommun', role: 'ombud' },
      { name: 'Saga Frell', organisation: null, role: 'vd' },
    ]);
  });
  it('reads a role, a name and an organisation whose column gaps OCR closed', () => {
    expect(parsePerson('Ledamot Vilja Trosk Fjällby kommun')).toEqual({ name: 'Vilja Trosk', organisation: 'Fjällby kommun', role: 'ledamot' });
  });
  it('signs with the roles printed after each name when OCR put both signers in one cell, and drops a stop before a role', () => {
    const m = segment('PROTOKOLL\nRådet\n\nDatum: 2025-04-24\n\n§ 1 Öppnande\nText.\n\nJusteras\n\nVilja Trosk, ordförande Maj-Lis Mulm, justerare');
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Vilja Trosk' },
      { role: 'justerare', name: 'Maj-Lis Mulm' },
    ]);
    const specked = segment('PROTOKOLL\nRådet\n\nDatum: 2025-04-24\n\n§ 1 Öppnande\nText.\n\nVid protokollet\tJusteras\nSaga Frell\tVilja Trosk'.replace('\tJusteras', '\t. Justeras'));
    expect(specked.signatures.map((s) => s.role)).toEqual(['Vid protokollet', 'Justeras']);
  });
});
