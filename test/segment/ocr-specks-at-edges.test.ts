import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';


describe('OCR specks at the edges of wrapped head rows', () => {
  it('reads a wrapped place after "kl. … i" without the specks and page-edge letter behind it', () => {
    const m = segment('PROTOKOLL\nfört vid styrelsemöte den 6 maj 2025 kl. 17.00–18.00 i föreningens lokal, Tärnavägen\n2, Fjällby : j\n\n§ 1 Öppnande\nText.');
    expect(m.meeting?.place).toBe('föreningens lokal, Tärnavägen 2, Fjällby');
  });
  it('joins a list\'s last first name to its surname on the next row despite a page-edge letter', () => {
    const m = segment('PROTOKOLL\nStyrelsen\n\nDatum: 2025-05-06\nNärvarande: Vilja Trosk (ordförande), Saga Frell, Ebbe Mulm, Tor\nAhl i\n\n§ 1 Öppnande\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Saga Frell', 'Ebbe Mulm', 'Tor Ahl']);
  });
  it('finds the adjuster chosen in a paragraph that OCR opened with a stray figure', () => {
    const m = segment('PROTOKOLL\nStyrelsen\n\nDatum: 2025-05-06\n\n§ 1 Val av justerare\n4 Att jämte ordföranden justera protokollet utsågs Saga Frell.\n\nJusteras\nVilja Trosk\tSaga Frell');
    expect(m.adjusters).toEqual(['Saga Frell']);
  });
  it('reads a semicolon before a lower-case title as the comma OCR took it for, so the next row is a person of its own', () => {
    const m = segment('PROTOKOLL\nMiljönämnden\tSammanträdesdatum 2025-09-20\n\nBeslutande\tVilja Trosk (M), ordförande\nÖvriga närvarande\tEbbe Mulm; planeringschef\n\tSaga Frell, nämndsekreterare\n\n§ 1 Öppnande\nText.');
    expect(m.attendees.slice(1)).toEqual([
      { name: 'Ebbe Mulm', organisation: null, role: 'planeringschef' },
      { name: 'Saga Frell', organisation: null, role: 'nämndsekreterare' },
    ]);
  });
});
