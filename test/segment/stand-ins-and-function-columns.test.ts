import { describe, expect, it } from 'vitest';
import { attendeesOfProtokoll, segment } from './by-field/segment-text.ts';

const absentOf = (list: string) => segment(`Protokoll\nStyrelsen\n\nDatum: 2025-04-09\n\n${list}\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.`).absent.map((p) => [p.name, p.organisation, p.role]);

describe('who sits in for whom, and functions in columns and before names', () => {
  it('reads a member who "ersätter" or sits "för" another as a serving substitute', () => {
    expect(attendeesOfProtokoll('Beslutande\tVilma Ek (C), ordförande\n\tOlof Sten (SD), ersätter Rut Bäck (SD)')).toEqual([
      ['Vilma Ek', 'C', 'ordförande'],
      ['Olof Sten', 'SD', 'tjänstgörande ersättare'],
    ]);
    expect(attendeesOfProtokoll('Ledamöter\nVilma Ek (C), ordförande\nIsak Holm (S), för Rut Bäck (S)')).toEqual([
      ['Vilma Ek', 'C', 'ordförande'],
      ['Isak Holm', 'S', 'tjänstgörande ersättare'],
    ]);
  });
  it('parts the member replaced from the next member of a list run on in one row', () => {
    const list = 'Beslutande\tVilma Ek (C) ordf, Olof Sten (S) tjg ers för Rut Bäck (S), Ines Lod (V)';
    expect(attendeesOfProtokoll(list)).toEqual([
      ['Vilma Ek', 'C', 'ordförande'],
      ['Olof Sten', 'S', 'tjänstgörande ersättare'],
      ['Ines Lod', 'V', null],
    ]);
    expect(absentOf(list)).toEqual([['Rut Bäck', 'S', null]]);
  });
  it('reads "tjänstgörande ersättare" in the function column of a name | party | function table as a role', () => {
    expect(attendeesOfProtokoll('Beslutande\tNamn\tParti\tFunktion\n\tVilma Ek\tC\tordförande\n\tOlof Sten\tSD\ttjänstgörande ersättare\n\tInes Lod\tV\tledamot')).toEqual([
      ['Vilma Ek', 'C', 'ordförande'],
      ['Olof Sten', 'SD', 'tjänstgörande ersättare'],
      ['Ines Lod', 'V', 'ledamot'],
    ]);
  });
  it('drops the paragraphs someone attended, numbered with the body prefix, instead of taking them as an organisation', () => {
    expect(attendeesOfProtokoll('Övriga deltagande\tTuva Rask, ekonomichef, Ks §§ 12-13')).toEqual([['Tuva Rask', null, 'ekonomichef']]);
  });
  it('keeps two titles that share their last part before a name as one title', () => {
    expect(attendeesOfProtokoll('Tjänstepersoner\tKultur- och fritidschef Ragnar Sjö\n\tBibliotekschef Elin Moss')).toEqual([
      ['Ragnar Sjö', null, 'kultur- och fritidschef'],
      ['Elin Moss', null, 'bibliotekschef'],
    ]);
  });
  it('counts a person named twice among those present once, with what either naming says', () => {
    const m = segment(
      'Protokoll\nNämnden\n\nDatum: 2025-04-09\n\nNärvarande:\nLedamöter\nVilma Ek (C), ordförande\nOlof Sten (S)\nDessutom närvarande\nNämndsekreterare Tuva Rask\n\nJusterare: Olof Sten (S)\n\nVilma Ek\tOlof Sten\nOrdförande\tJusterare\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.',
    );
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilma Ek', 'C', 'ordförande'],
      ['Olof Sten', 'S', null],
      ['Tuva Rask', null, 'nämndsekreterare'],
    ]);
  });
  it('joins a surname that OCR wrapped onto the next row after "och nämndsekreterare Tuva"', () => {
    expect(attendeesOfProtokoll('Dessutom närvarande\tFörvaltningschef Ragnar Sjö, avdelningschef Elin Moss och nämndsekreterare Tuva\n\tRask m.fl.')).toEqual([
      ['Ragnar Sjö', null, 'förvaltningschef'],
      ['Elin Moss', null, 'avdelningschef'],
      ['Tuva Rask', null, 'nämndsekreterare'],
    ]);
  });
  it('drops OCR\'s "8 54" and "88 52-53" for the paragraphs attended, and a letter from the page edge after the party', () => {
    expect(attendeesOfProtokoll('Beslutande\tVilma Ek (C), ordförande\n\tIsak Holm (S) i\nTjänstepersoner\tTuva Rask, miljöinspektör, 8 54\n\tElin Moss, bygglovshandläggare, 88 52-53')).toEqual([
      ['Vilma Ek', 'C', 'ordförande'],
      ['Isak Holm', 'S', null],
      ['Tuva Rask', null, 'miljöinspektör'],
      ['Elin Moss', null, 'bygglovshandläggare'],
    ]);
  });
  it('reads "Närvarande:" over the groups "Ledamöter" and "Ersättare" as their heading, across OCR\'s blank rows', () => {
    const m = segment(
      'Protokoll\nNämnden\n\nDatum: 2025-04-09\n\nNärvarande:\n\nLedamöter\n\nVilma Ek (C), ordförande\n\nOlof Sten (S)\n\nErsättare\n\nInes Lod (V)\n\nDessutom närvarande\n\nFörvaltningschef Ragnar Sjö och nämndsekreterare Tuva\nRask m.fl. |\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.',
    );
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilma Ek', 'C', 'ordförande'],
      ['Olof Sten', 'S', null],
      ['Ines Lod', 'V', 'ersättare'],
      ['Ragnar Sjö', null, 'förvaltningschef'],
      ['Tuva Rask', null, 'nämndsekreterare'],
    ]);
  });
});
