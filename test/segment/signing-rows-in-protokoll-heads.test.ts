import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';

const protokoll = (head: string) => segment(`Protokoll\nKulturnämnden\n\nDatum\t2025-05-12\n${head}\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.`);

describe('signing rows and adjusting labels in the head of a protokoll', () => {
  it('reads "Underskrift justerare | name" as the adjuster signing, as "Underskrift ordförande" is the chair', () => {
    const m = protokoll('Beslutande\tVilma Ek (C), ordförande\n\tOlof Sten (S)\n\nUnderskrift sekreterare\tTuva Rask\nUnderskrift ordförande\tVilma Ek\nUnderskrift justerare\tOlof Sten');
    expect(m.signatures.map((s) => [s.role.toLowerCase(), s.name])).toEqual([
      ['sekreterare', 'Tuva Rask'],
      ['ordförande', 'Vilma Ek'],
      ['justerare', 'Olof Sten'],
    ]);
  });
  it('reads a block of secretary, chair and adjuster after the adjuster was named among the fields as the signatures', () => {
    const m = protokoll('Beslutande:\tVilma Ek (C), ordförande\n\tOlof Sten (S)\nÖvriga:\tTuva Rask, nämndsekreterare\nJusterare:\tOlof Sten (S)\n\nSekreterare:\tTuva Rask\nOrdförande:\tVilma Ek\nJusterare:\tOlof Sten');
    expect(m.signatures.map((s) => [s.role, s.name])).toEqual([
      ['Sekreterare', 'Tuva Rask'],
      ['Ordförande', 'Vilma Ek'],
      ['Justerare', 'Olof Sten'],
    ]);
  });
  it('keeps "Ordförande | Sekreterare" rows among those present as functions where no adjuster was named before', () => {
    const m = protokoll('Ordförande:\tVilma Ek\nSekreterare:\tTuva Rask\nJusterare:\tOlof Sten');
    expect(m.signatures).toEqual([]);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilma Ek', 'ordförande'],
      ['Tuva Rask', 'sekreterare'],
    ]);
  });
  it('takes a secretary named among those present above the signatures heading as an attendee', () => {
    const m = protokoll('Beslutande\tVilma Ek (C), ordförande\n\nSekreterare\tTuva Rask\n\nJusterare\tVilma Ek\n\nUnderskrifter\nSekreterare\t..............................\n\tTuva Rask\nOrdförande\t..............................\n\tVilma Ek');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilma Ek', 'ordförande'],
      ['Tuva Rask', 'sekreterare'],
    ]);
  });
  it('reads "Justeringsdag" and a label wrapped as "Justeringens" / "plats och tid" as when the minutes were adjusted, naming no one', () => {
    expect(protokoll('Beslutande\tVilma Ek (C), ordförande\nJusterare\tOlof Sten\nJusteringsdag\tTisdag 20 maj 2025').adjusters).toEqual(['Olof Sten']);
    expect(protokoll('Beslutande\tVilma Ek (C), ordförande\nUtses att justera\tOlof Sten\nJusteringens\tKommunhuset 2025-05-19\nplats och tid').adjusters).toEqual(['Olof Sten']);
  });
  it('reads titles under the names of a "Justerat" block as the signers\' roles across the blank rows OCR puts between them', () => {
    const m = protokoll('Beslutande\tVilma Ekdahl (C), ordförande\n\tOlof Stenlund (S)\n\nJusterare: Olof Stenlund (S)\n\nJusterat 2025-05-19\n\nVilma Ekdahl\tOlof Stenlund\n\nOrdförande :\tJusterare\n\nTuva Rask\n\nSekreterare');
    expect(m.signatures.map((s) => [s.role, s.name])).toEqual([
      ['Ordförande', 'Vilma Ekdahl'],
      ['Justerare', 'Olof Stenlund'],
      ['Sekreterare', 'Tuva Rask'],
    ]);
  });
});
