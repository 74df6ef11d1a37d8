import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../src/segment/document-lines.ts';
import { findItemHeadings } from '../../src/segment/items.ts';
import { segmentMinutes } from '../../src/segment/index.ts';
import { signatureRoles } from '../../src/segment/signatures.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-31 shapes', () => {
  it('reads "§ 12/2024 Title" as paragraph 12', () => {
    expect(findItemHeadings(linesFromText('§ 12/2024 Upprop\ntext\n§ 13/2024 Budget')[0]!).map((h) => [h.number, h.title])).toEqual([
      ['12', 'Upprop'],
      ['13', 'Budget'],
    ]);
  });
  it('reads abbreviated signature roles as the roles written out', () => {
    expect(signatureRoles(linesFromText('Ordf.\tSekr.\tJust.')[0]![0]!)).toEqual([
      { role: 'Ordförande', name: null },
      { role: 'Sekreterare', name: null },
      { role: 'Justerare', name: null },
    ]);
  });
  it('takes the first of "Kommande mötesdatum" as the next meeting', () => {
    const m = segment('Minnesanteckningar\nNätverket\n\nDatum: 2024-03-05\n\n1. Start\nText.\n\nKommande mötesdatum: 2024-04-09, 2024-05-14');
    expect(m.nextMeeting?.date).toBe('2024-04-09');
  });
  it('reads a prose list of members with a role after the party and a substitute "som tjänstgörande ersättare"', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\nBeslutande: Ada Lund (M) ordf, Per Ek (S) samt Ida Ros (C) som tjänstgörande ersättare för Jon Al (C)\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ada Lund', organisation: 'M', role: 'ordförande' },
      { name: 'Per Ek', organisation: 'S', role: null },
      { name: 'Ida Ros', organisation: 'C', role: 'tjänstgörande ersättare' },
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Jon Al']);
  });
});

describe('OCR of round-31 shapes', () => {
  it('reads "8 41/2023 Title" as paragraph 41 with the sign misread', () => {
    expect(findItemHeadings(linesFromText('8 41/2023 Upprop\ntext\n8 42/2023 Budget\ntext')[0]!).map((h) => h.number)).toEqual(['41', '42']);
  });
  it('joins the name of the member stood in for across a wrapped row', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\nBeslutande: Ada Lund (M), Ida Ros (C) som tjänstgörande ersättare för Jon\nAlm (C)\n\n§ 1 Upprop\nText.');
    expect(m.absent.map((p) => p.name)).toEqual(['Jon Alm']);
  });
});
