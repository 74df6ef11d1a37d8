import { describe, expect, it } from 'vitest';
import { parsePerson } from '../../../src/segment/person.ts';
import { decisions, headings, segment } from './segment-text.ts';

describe('abbreviations of quick notes and older lists', () => {
  it('reads "Närv:" and "Ej närv:" as those present and absent', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nNärv: Ida Ros, Ove Sten\nEj närv: Maj Ek\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ida Ros', 'Ove Sten']);
    expect(m.absent.map((p) => p.name)).toEqual(['Maj Ek']);
  });
  it('still reads an e-mail\'s "Från:" as the sender, not as absence', () => {
    const m = segment('Från: Ida Ros\nSkickat: den 5 maj 2025 10:12\nÄmne: Kallelse\n\nKALLELSE\n\nTid: 2025-05-12 kl. 18\n\n1. Start\n2. Slut');
    expect(m.absent).toEqual([]);
  });
  it('reads "Bo Lind (c) tjg ers för Per Ek (c)" as the serving substitute for the member away', () => {
    expect(parsePerson('Bo Lind (c) tjg ers för Per Ek (c)')).toEqual({ name: 'Bo Lind', organisation: 'c', role: 'tjänstgörande ersättare' });
  });
  it('reads "Paragraf 1 …" as a point', () => {
    expect(headings('Paragraf 1 Inledning\nText.\nParagraf 2 Budget\nText.')).toEqual([
      ['1', 'Inledning'],
      ['2', 'Budget'],
    ]);
  });
  it('reads "2) Fest: 17/5 kl 18." as the title "Fest" and a note', () => {
    expect(headings('1) Budget: Klar.\nText.\n2) Fest: 17/5 kl 18.\nText.')).toEqual([
      ['1', 'Budget'],
      ['2', 'Fest'],
    ]);
  });
});

describe('an abbreviated function before a member and the party', () => {
  it('reads "Vice ordf. Ruth Sten (c)" in a label column as the vice chair, not a sentence ending at "ordf."', () => {
    const m = segment('PROTOKOLL\nKommunstyrelsen\n\nBeslutande\tOrdf. Karl Berg (s)\n\tVice ordf. Ruth Sten (c)\n\tOla Sund (s)\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Karl Berg', 's', 'ordförande'],
      ['Ruth Sten', 'c', 'vice ordförande'],
      ['Ola Sund', 's', null],
    ]);
  });
});

describe('the front page of an older protokoll', () => {
  it('reads "Sekreterare Lars Ek | Paragrafer 45-47" as the secretary\'s signature without the paragraphs', () => {
    const m = segment('SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\nSammanträdesdatum 1983-05-03\n\nBeslutande\tKarl Berg (s)\n\nUnderskrifter Sekreterare Lars Ek | Paragrafer 45-47\nOrdförande Karl Berg\n\n§ 45 Start\nText.\n\n§ 46 Slut\nText.');
    expect(m.signatures[0]).toEqual({ role: 'Sekreterare', name: 'Lars Ek' });
  });
});

describe('groups of the meeting\'s own people and a body\'s labelled decision', () => {
  it('reads "Ledning: A, B; Stab: C" as groups of those present, not organisations', () => {
    const m = segment('Minnesanteckningar\nLedningsgruppen\n\nDatum: 2025-05-06\n\nNärvarande: Ledning: Ida Ros, Ove Sten; Stab: Maj Ek\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Ida Ros', null],
      ['Ove Sten', null],
      ['Maj Ek', null],
    ]);
  });
  it('reads "Styrelsens beslut: att köpa en gräsklippare." as the decision on its row', () => {
    expect(decisions('Klipparen är trasig.\nStyrelsens beslut: att köpa en gräsklippare.')).toEqual(['att köpa en gräsklippare.']);
  });
  it('does not read "Förslag till beslut: …" as the decision', () => {
    expect(decisions('Förslag till beslut: att anta planen.')).toEqual([]);
  });
});
