import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-60 shapes', () => {
  const tail = '\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nVid protokollet\tJusteras\nSaga Frell\tEbbe Mulm\n\n';
  it('reads the attendance table printed after the signatures where the head only points to it', () => {
    const m = segment(`PROTOKOLL\nFjällmuseet\n\nDatum: 2026-02-20\nNärvarande: se närvarolista sist i protokollet${tail}Närvarolista\nNamn\tNärvarande\nVilja Trosk, ordförande\tJa\nEbbe Mulm\tJa\nOrvar Lind\tNej\nSaga Frell, sekreterare\tJa`);
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell']);
    expect(m.absent.map((p) => p.name)).toEqual(['Orvar Lind']);
  });
  it('reads the same table from OCR, with specks after the marks and the heading', () => {
    const m = segment(`PROTOKOLL\nFjällmuseet\n\nDatum: 2026-02-20\nNärvarande: se närvarolista sist i protokollet${tail}Närvarolista ,\nNamn Närvarande\nVilja Trosk, ordförande . Ja :\nEbbe Mulm - Ja\n\nOrvar Lind Nej`);
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm']);
    expect(m.absent.map((p) => p.name)).toEqual(['Orvar Lind']);
  });
});
