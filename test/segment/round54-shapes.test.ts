import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { rolesAfterNames } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-54 shapes', () => {
  it('reads "Efter omröstning med 29 röster mot 5 beslutade mötet att …" as a decision', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\n\n§ 1 Skolhuset\nFrågan diskuterades.\nEfter omröstning med 29 röster mot 5 beslutade mötet att sälja skolhuset.\n\n§ 2 Avslutning\nText.');
    expect(m.items[0]!.decisions).toEqual(['Efter omröstning med 29 röster mot 5 beslutade mötet att sälja skolhuset.']);
  });
  it('reads a title in the definite form before a name in prose as that person\'s role', () => {
    expect(rolesAfterNames('Vilja Trosk och fritidsledaren Ebbe Mulm')).toBe('Vilja Trosk och Ebbe Mulm, fritidsledare');
    expect(rolesAfterNames('Vilja Trosk och rektorn Ebbe Mulm')).toBe('Vilja Trosk och Ebbe Mulm, rektor');
    const m = segment('Fjällrådet – anteckningar\n\nNär: måndag 1/12 2025 kl. 16–17.30\n\nMed på mötet: Vilja Trosk, Saga Frell och fritidsledaren Ebbe Mulm\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: null },
      { name: 'Saga Frell', organisation: null, role: null },
      { name: 'Ebbe Mulm', organisation: null, role: 'fritidsledare' },
    ]);
  });
  it('reads the adjusters from "A och B valdes." under a point titled "Val av justerare"', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\n\n§ 1 Öppnande\nText.\n\n§ 2 Val av justerare tillika rösträknare\nSaga Frell och Orvar Lind valdes.\n\n§ 3 Avslutning\nText.');
    expect(m.adjusters).toEqual(['Saga Frell', 'Orvar Lind']);
  });
  it('ends the place at a row with a label of its own no catalogue knows, but not at "Kl:"', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\nPlats: Bygdegården, Fjällby\nAntal närvarande medlemmar: 34\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.meeting?.place).toBe('Bygdegården, Fjällby');
    const kl = segment('Protokoll\nFjällföreningen\n\nDatum: Måndag den 17/11-25\nKl: 18.30\nLokal: Bygdegården\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(kl.meeting).toMatchObject({ date: '2025-11-17', start: '18:30' });
  });
  it('reads signers with their roles where a speck stands between the two as a bar', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nVilja Trosk, mötesordförande Ebbe Mulm, sekreterare\n\nSaga Frell, justerare | Orvar Lind, justerare');
    expect(m.signatures.map((s) => s.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell', 'Orvar Lind']);
  });
  it('reads OCR\'s pound sign before a misread paragraph sign as a speck, and a letter after a title in capitals as the page edge', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: 2025-12-11\n\nÄrenden\n81 Upprop\n£82 Tillsynsplan 2026\n83 Taxor 2026\n84 Delegationsbeslut');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Upprop'],
      ['2', 'Tillsynsplan 2026'],
      ['3', 'Taxor 2026'],
      ['4', 'Delegationsbeslut'],
    ]);
    const p = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-12-09\nNärvarande: Vilja Trosk, förvaltningschef; Ebbe Mulm, MAS i\n\n1. Start\nText.');
    expect(p.attendees.map((x) => x.role)).toEqual(['förvaltningschef', 'MAS']);
  });
});

