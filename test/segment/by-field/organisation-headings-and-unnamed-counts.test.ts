import { describe, expect, it } from 'vitest';
import { segment } from './segment-text.ts';

const present = (list: string) =>
  segment(`Minnesanteckningar\nReferensgruppen\n\nDatum: 2025-05-06\n\n${list}\n\n1. Start\nText.\n\n2. Slut\nText.`).attendees.map((p) => [p.name, p.organisation, p.role]);

describe('lists of those present grouped or counted', () => {
  it('reads organisation headings over their people without dashes ("Kalix kommun" / "Ida Ros, rektor" / …)', () => {
    expect(present('Närvarande\nKalix kommun\nIda Ros, rektor\nOve Sten, kurator\nRegion Norrbotten\nMaj Ek, läkare')).toEqual([
      ['Ida Ros', 'Kalix kommun', 'rektor'],
      ['Ove Sten', 'Kalix kommun', 'kurator'],
      ['Maj Ek', 'Region Norrbotten', 'läkare'],
    ]);
  });
  it('keeps a table of "name organisation" rows where no heading has people under it', () => {
    expect(present('Närvarande\nIda Ros Kalix kommun\nOve Sten Luleå kommun')).toEqual([
      ['Ida Ros', 'Kalix kommun', null],
      ['Ove Sten', 'Luleå kommun', null],
    ]);
  });
  it('drops people counted but not named after the list ("samt tre representanter från elevrådet")', () => {
    expect(present('Närvarande: Ida Ros, Ove Sten samt tre representanter från elevrådet')).toEqual([
      ['Ida Ros', null, null],
      ['Ove Sten', null, null],
    ]);
  });
  it('drops notes of how or where someone took part: "(på plats)", "(se även bilaga 1)"', () => {
    expect(present('Närvarande: Ida Ros (på plats), Ove Sten (digitalt)')).toEqual([
      ['Ida Ros', null, null],
      ['Ove Sten', null, null],
    ]);
    expect(present('Närvarande:\nIda Ros\nOve Sten\n(se även bilaga 1)')).toEqual([
      ['Ida Ros', null, null],
      ['Ove Sten', null, null],
    ]);
  });
});
