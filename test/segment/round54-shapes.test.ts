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
});
