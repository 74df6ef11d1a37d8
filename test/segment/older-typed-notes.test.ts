import { describe, expect, it } from 'vitest';
import { genitiveBody } from '../../src/segment/genitive-body.ts';
import { withRoleAfterFirstPerson } from '../../src/segment/role-before-first-person.ts';
import { segmentMinutes } from '../../src/segment/index.ts';

describe('the abbreviated function before the first person on the label row', () => {
  it('moves "ordf." after the person, as the rows below are read', () => {
    expect(withRoleAfterFirstPerson('ordf. T. Vinge, kulturnämnden')).toBe('T. Vinge, kulturnämnden, ordf');
  });
  it('leaves a row of several people alone', () => {
    expect(withRoleAfterFirstPerson('ordf. T. Vinge, sekr. P. Åkerlund')).toBe('ordf. T. Vinge, sekr. P. Åkerlund');
    expect(withRoleAfterFirstPerson('ordf. Tora Vinge, kassör Pelle')).toBe('ordf. Tora Vinge, kassör Pelle');
  });
  it('reads the whole list with the first person, though a space and no tab follows the label', () => {
    const text = 'PM\n\nNärv: ordf. T. Vinge, kulturnämnden\nsekr. P. Åkerlund, kulturförvaltningen\n\n1/ Föregående PM\nGodkändes.\n';
    const minutes = segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['T. Vinge', 'kulturnämnden', 'ordförande'],
      ['P. Åkerlund', 'kulturförvaltningen', 'sekreterare'],
    ]);
  });
});

describe('a body named in the genitive before its meeting', () => {
  it('reads the body without the genitive s', () => {
    expect(genitiveBody('musikgruppens sammanträde tisdagen den 4 maj')).toBe('musikgruppen');
    expect(genitiveBody('styrelsens möte')).toBe('styrelsen');
    expect(genitiveBody('kommunala äldrerådets sammanträde')).toBe('kommunala äldrerådet');
  });
  it('takes "Gruppen föreslår att …" in the group\'s own notes as its decision', () => {
    const text = 'Anteckningar från musikgruppens sammanträde tisdagen den 4 maj 1982\n\n1/ Konserten\nGruppen föreslår att kulturnämnden beviljar medel till konserten.\n';
    const minutes = segmentMinutes({ text }, { file: 'x', sha256: null, pages: 1 });
    expect(minutes.body).toBe('Musikgruppen');
    expect(minutes.items[0]!.decisions).toEqual(['Gruppen föreslår att kulturnämnden beviljar medel till konserten.']);
  });
});
