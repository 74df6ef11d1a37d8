import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';


describe('OCR of a head whose label column was read first, then the header\'s right-hand column', () => {
  it('gives the document\'s name and page number to no label, so each value keeps its own', () => {
    const m = segment(
      'Fjällby\nkommun\n\nFjällnämnden\nPlats och tid\n\nBeslutande\n\nÖvriga deltagare\n\nUtses att justera\n\nPROTOKOLL\n\n1 (2)\n\nSammanträdesdatum 2024-05-21\n\n' +
        'Kommunhuset i Fjällby, sal Toppen, kl. 18.00—19.40\n\nVilja Trosk (M), ordförande\nEbbe Mulm (S)\n\nSaga Frell, fjällchef\nOrvar Lind, sekreterare\n\nEbbe Mulm (S)\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.',
    );
    expect(m.meeting).toEqual({ date: '2024-05-21', start: '18:00', end: '19:40', place: 'Kommunhuset i Fjällby, sal Toppen' });
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell', 'Orvar Lind']);
    expect(m.adjusters).toEqual(['Ebbe Mulm']);
  });
  it('skips the name in capitals that OCR damaged, and hands a dated row under the adjuster to the next label', () => {
    const m = segment(
      'Fjällby\nkommun\nFjällstyrelsen\nPlats och tid\n\nBeslutande\n\nÖvriga närvarande\n\nUtses att justera\nJusteringens plats och tid\n\nSAMMANTRÄDESPFRSOFEOKOLE\n\n2024-06-24\nFjällhuset, Fjällby, kl. 13.00—16.20\n\n' +
        'Vilja Trosk (M), ordförande\n\nEbbe Mulm (S)\n\nSaga Frell, fjällchef\nOrvar Lind, sekreterare\n\nEbbe Mulm (S)\nKommunkansliet, 2024-06-27\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.',
    );
    expect(m.meeting).toEqual({ date: '2024-06-24', start: '13:00', end: '16:20', place: 'Fjällhuset, Fjällby' });
    expect(m.adjusters).toEqual(['Ebbe Mulm']);
  });
});

