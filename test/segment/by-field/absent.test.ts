import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../src/segment/labels.ts';
import { segment } from './segment-text.ts';

describe('reads a list of all members that marks who was away', () => {
  it('reads "(ej närvarande)" after a member of a dashed list as away, with the mark no role', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-11-06\n\nDeltagare:\n• Tyra Malm – Fjällby kommun (sammankallande)\n• Orvar Lind – Åby kommun (ej närvarande)\n• Saga Frell – Region Fjäll\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([['Tyra Malm', 'Fjällby kommun', 'sammankallande'], ['Saga Frell', 'Region Fjäll', null]]);
    expect(m.absent).toEqual([{ name: 'Orvar Lind', organisation: 'Åby kommun', role: null }]);
  });
});

describe('reads who was absent', () => {
  it('reads one colleague away by first name, without the reason in brackets ("Frånvarande: Fia (sjuk)")', () => {
    const m = segment('APT\nFörskolan Fjället\n\nDatum: 2025-05-14\n\nNärvarande: Tyra, Ebbe, Saga, Olof (rektor)\nFrånvarande: Vilja (sjuk)\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.absent).toEqual([{ name: 'Vilja', organisation: null, role: null }]);
  });
  it('reads "Frånv:" as the absent list, as "Närv:" is the present one, and "Från Fjällby:" still as a group of those present', () => {
    const m = segment('Ledningsgruppsmöte v. 14\nSocialförvaltningen\n\nDatum: 2025-04-01\n\nNärv: Tyra Malm (socialchef), Ebbe Mulm (controller)\nFrånv: Saga Frell (HR)\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.absent.map((p) => p.name)).toEqual(['Saga Frell']);
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Malm', 'Ebbe Mulm']);
    const groups = segment('Minnesanteckningar\nNätverket\n\nDatum: 2025-04-01\n\nFrån Fjällby: Tyra Malm, Ebbe Mulm\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(groups.absent).toEqual([]);
  });
  it('makes a member with a substitute beside them absent', () => {
    const m = segment('Protokoll\nFullmäktige\n\nDatum: 2024-03-05\n\nOrdinarie ledamot\tTjänstgörande ersättare\nAnna Ek (M)\nBo Ny (S)\tCia Sund (S)\n\n§ 1 Upprop\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Anna Ek', null],
      ['Cia Sund', 'tjänstgörande ersättare'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Bo Ny']);
  });
  it('joins the name of the member stood in for across a wrapped row', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\nBeslutande: Ada Lund (M), Ida Ros (C) som tjänstgörande ersättare för Jon\nAlm (C)\n\n§ 1 Upprop\nText.');
    expect(m.absent.map((p) => p.name)).toEqual(['Jon Alm']);
  });
  it('reads the member stood in for on the value row below a function that wrapped right after "för", not as one more present', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 2024-03-05\n\nBeslutande\tAda Lund (M), ordförande\n\tIda Ros (C), tjänstgörande ersättare för\n\tJon Alm (C)\n\tOve Sten (S)\n\n§ 1 Upprop\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Ada Lund', 'ordförande'], ['Ida Ros', 'tjänstgörande ersättare'], ['Ove Sten', null]]);
    expect(m.absent.map((p) => p.name)).toEqual(['Jon Alm']);
  });
  it('reads "hela gruppen utom X" as X absent and names no one present', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: hela arbetsgruppen utom Siv Dahl\n\n1. Start\nText.');
    expect(m.attendees).toEqual([]);
    expect(m.absent.map((p) => p.name)).toEqual(['Siv Dahl']);
  });
  it('makes the people a body "med undantag av" absent and names no one present', () => {
    const m = segment('PROTOKOLL\nFöreningen\n\nDatum: 2025-05-06\n\nNärvarande: Styrelsen med undantag av Ebbe Mulm\n\n§ 1 Öppnande\nText.');
    expect(m.attendees).toEqual([]);
    expect(m.absent.map((p) => p.name)).toEqual(['Ebbe Mulm']);
  });
  it('does not read a sentence about an absent thing, or one whose subject is not a name, as absent people', () => {
    expect(matchLabel('Nore Palm hade förhinder.')).toMatchObject({ kind: 'absent', rest: 'Nore Palm' });
    expect(matchLabel('Styrelsen hade förhinder.')).toBeNull();
    expect(matchLabel('Vid mötet diskuterades budgeten.')).toBeNull();
  });
  it('reads no one from a kallelse\'s sentence "Förhinder anmäls till …" under its agenda', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: 2026-01-13\n\n1. Start\n2. Mitt\n3. Slut\n\nFörhinder anmäls till nämndsekreterare Vilja Trosk, vilja@fjallby.se.\n\nEbbe Mulm\nOrdförande');
    expect(m.absent).toEqual([]);
  });
});

describe('reads "Ej närv:" as absence and an e-mail\'s "Från:" as the sender', () => {
  it('reads "Närv:" and "Ej närv:" as those present and absent', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nNärv: Ida Ros, Ove Sten\nEj närv: Maj Ek\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ida Ros', 'Ove Sten']);
    expect(m.absent.map((p) => p.name)).toEqual(['Maj Ek']);
  });
  it('still reads an e-mail\'s "Från:" as the sender, not as absence', () => {
    const m = segment('Från: Ida Ros\nSkickat: den 5 maj 2025 10:12\nÄmne: Kallelse\n\nKALLELSE\n\nTid: 2025-05-12 kl. 18\n\n1. Start\n2. Slut');
    expect(m.absent).toEqual([]);
  });
});
