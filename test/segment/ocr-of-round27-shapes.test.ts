import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { signatureRoles } from '../../src/segment/signatures.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('OCR of round-27 shapes', () => {
  it('finds the time of a title sentence wrapped after "kl."', () => {
    const m = segment('Kommunstyrelsen\n\nKallelse till sammanträde med nämnden tisdagen den 5 mars 2024 kl.\n18.30 i\n\nLokal: Rådhuset\n\n1. Upprop');
    expect(m.meeting).toMatchObject({ date: '2024-03-05', start: '18:30' });
  });
  it('reads two roles with specks between them as a row of signature roles', () => {
    expect(signatureRoles(linesFromText('Justerare = . Justerare')[0]![0]!)).toEqual([
      { role: 'Justerare', name: null },
      { role: 'Justerare', name: null },
    ]);
  });
  it('keeps a dashed list grouped by organisation across OCR\'s blank rows and a speck after the organisation', () => {
    const m = segment('Minnesanteckningar\nSamverkan\n\nDatum: 2024-03-05\n\nNärvarande\n\nKronofogden\n\n- Ulf Berg, handläggare\n\nNacka kommun |\n\n- Bo Ek, rektor\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ulf Berg', organisation: 'Kronofogden', role: 'handläggare' },
      { name: 'Bo Ek', organisation: 'Nacka kommun', role: 'rektor' },
    ]);
  });
});

describe('a row of signature roles with every gap closed', () => {
  it('reads "Ordförande Justerare Justerare" as three roles, never as a name', () => {
    expect(signatureRoles(linesFromText('Ordförande Justerare Justerare')[0]![0]!)).toEqual([
      { role: 'Ordförande', name: null },
      { role: 'Justerare', name: null },
      { role: 'Justerare', name: null },
    ]);
  });
});
