import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../src/segment/labels.ts';
import { parsePerson } from '../../../src/segment/person.ts';
import { documentLine } from '../../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../../src/segment/head-block.ts';
import { attendeesOfNotes, attendeesOfProtokoll, segment } from './segment-text.ts';

describe('reads lists of those present', () => {
  it('reads a prose list with the kind of participant after names ("från brukarna"), a "föreståndare" and "samt undertecknad"', () => {
    expect(attendeesOfNotes('Närvarande: Tyra Malm, Ebbe Mulm och Saga Frell från brukarna, föreståndare Olof Krans samt undertecknad.')).toEqual([
      ['Tyra Malm', null, null],
      ['Ebbe Mulm', null, null],
      ['Saga Frell', null, null],
      ['Olof Krans', null, 'föreståndare'],
    ]);
  });
  it('reads a column of functions in lower case beside a list\'s names as their roles, not as signature labels', () => {
    expect(attendeesOfNotes('Närvarande:\tTyra Malm\tordförande\n\tEbbe Mulm\n\tSaga Frell\tsekreterare')).toEqual([
      ['Tyra Malm', null, 'ordförande'],
      ['Ebbe Mulm', null, null],
      ['Saga Frell', null, 'sekreterare'],
    ]);
  });
  it('reads "lärarna Ali Nur och Kim Sand" as two teachers, a plural title of a short stem', () => {
    expect(attendeesOfNotes('Närvarande: rektor Tyra Malm, lärarna Ebbe Mulm och Saga Frell, föräldrarna Olof Krans och Vilja Trosk.')).toEqual([
      ['Tyra Malm', null, 'rektor'],
      ['Ebbe Mulm', null, 'lärare'],
      ['Saga Frell', null, 'lärare'],
      ['Olof Krans', null, null],
      ['Vilja Trosk', null, null],
    ]);
  });
  it('reads "Arbetsgivare:" as the side a person sits on and a union before the colon as the organisation', () => {
    expect(attendeesOfNotes('Närvarande\nArbetsgivare: Tyra Malm, rektor\nKommunal: Ebbe Mulm\nVision: Saga Frell')).toEqual([
      ['Tyra Malm', null, 'rektor'],
      ['Ebbe Mulm', 'Kommunal', null],
      ['Saga Frell', 'Vision', null],
    ]);
  });
  it('reads an older prose list wrapped inside its last name, with "därjämte" adding a titled guest', () => {
    expect(attendeesOfNotes('Närvoro: herr Algot Fjäll, ordförande, fru Tyra Malm,\nherr Ebbe Mulm och fru Saga\nFrell; därjämte arkitekt Olof Krans.')).toEqual([
      ['Algot Fjäll', null, 'ordförande'],
      ['Tyra Malm', null, null],
      ['Ebbe Mulm', null, null],
      ['Saga Frell', null, null],
      ['Olof Krans', null, 'arkitekt'],
    ]);
  });
  it('reads "samt arkitekt Olof Krans" at the end of a list as one more person with a title', () => {
    expect(attendeesOfNotes('Närvarande: Tyra Malm, Ebbe Mulm och Saga Frell samt arkitekt Olof Krans.')).toEqual([
      ['Tyra Malm', null, null],
      ['Ebbe Mulm', null, null],
      ['Saga Frell', null, null],
      ['Olof Krans', null, 'arkitekt'],
    ]);
  });
  it('reads a "Deltagare" list of "Municipality – Name, title" rows', () => {
    expect(attendeesOfNotes('Deltagare\nFjällby – Tyra Malm, kostchef\nÅby – Ebbe Mulm, måltidschef\nNorrvik – Saga Frell, kostekonom')).toEqual([
      ['Tyra Malm', 'Fjällby', 'kostchef'],
      ['Ebbe Mulm', 'Åby', 'måltidschef'],
      ['Saga Frell', 'Norrvik', 'kostekonom'],
    ]);
  });
  it('joins the first name at the row end with the surname on the next row', () => {
    const m = segment('Minnesanteckningar\nNätverket\n\nDatum: 2024-03-05\nNärvarande: Eva Lund, Täby; Omar Ali, Solna; Nils\nBerg, Nacka\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Eva Lund', 'Täby'],
      ['Omar Ali', 'Solna'],
      ['Nils Berg', 'Nacka'],
    ]);
  });
  it('is not taken for the last person\'s organisation', () => {
    const m = segment('Minnesanteckningar\nStyrgruppen\n\nDatum: 2024-03-05\nDeltagare:\n- Eva Lund, rektor\n- Nils Berg, kurator\nAgenda\n1. Start\nText.');
    expect(m.attendees.at(-1)).toEqual({ name: 'Nils Berg', organisation: null, role: 'kurator' });
  });
  it('keeps a dashed list grouped by organisation across OCR\'s blank rows and a speck after the organisation', () => {
    const m = segment('Minnesanteckningar\nSamverkan\n\nDatum: 2024-03-05\n\nNärvarande\n\nKronofogden\n\n- Ulf Berg, handläggare\n\nNacka kommun |\n\n- Bo Ek, rektor\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ulf Berg', organisation: 'Kronofogden', role: 'handläggare' },
      { name: 'Bo Ek', organisation: 'Nacka kommun', role: 'rektor' },
    ]);
  });
  it('keeps a party printed before a name where OCR closed the gap after the label ("Ledamöter (M) Vilja Trosk")', () => {
    expect(matchLabel('Ledamöter (M) Vilja Trosk, ordförande')?.rest).toBe('(M) Vilja Trosk, ordförande');
    // A qualifier in brackets after the label still goes: "Ersättare (ej tjänstgörande) Ebbe Mulm".
    expect(matchLabel('Ersättare (ej tjänstgörande) Ebbe Mulm')?.rest).toBe('Ebbe Mulm');
    const m = segment('PROTOKOLL\nFjällnämnden\n\nTid kl. 08:00 — 08:45\n\nLedamöter (M) Vilja Trosk, ordförande\n\n(S) Ebbe Mulm\n(L) Saga Frell :\nErsättare (C) Olof Krans\n\n§ 1 Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'M'],
      ['Ebbe Mulm', 'S'],
      ['Saga Frell', 'L'],
      ['Olof Krans', 'C'],
    ]);
  });
  it('goes on with a list of one person a row across blank rows when a row is nothing but a name', () => {
    const m = segment('Protokoll\nFjällbolaget AB\n\nDatum: 2025-03-14\n\nNärvarande ledamöter:\n\nVilja Trosk, ordförande .\n\nEbbe Mulm\n\nSaga Frell\n\n§ 1 Start\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell']);
  });
  it('reads a one-letter party before a colon as every name\'s party', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\nLedamöter\nC: Sara Ek (ordf.), Jon Falk\nL: Ida Berg\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([
      { name: 'Sara Ek', organisation: 'C', role: 'ordförande' },
      { name: 'Jon Falk', organisation: 'C', role: null },
      { name: 'Ida Berg', organisation: 'L', role: null },
    ]);
  });
  it('gives the dashed people below an undashed organisation row that organisation', () => {
    const m = segment('Minnesanteckningar\nSamverkan\n\nDatum: 2024-03-05\n\nNärvarande\nKronofogden\n- Ulf Berg, handläggare\n- Siv Al, jurist\nNacka kommun\n- Bo Ek, rektor\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ulf Berg', organisation: 'Kronofogden', role: 'handläggare' },
      { name: 'Siv Al', organisation: 'Kronofogden', role: 'jurist' },
      { name: 'Bo Ek', organisation: 'Nacka kommun', role: 'rektor' },
    ]);
  });
  it('reads first names with the place in brackets', () => {
    const m = segment('Anteckningar\nNätverket\n\nDatum: 2024-03-05\nMed: Lisa (Solna), Ali (Nacka)\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Lisa', organisation: 'Solna', role: null },
      { name: 'Ali', organisation: 'Nacka', role: null },
    ]);
  });
  it('turns "Surname, Given (Place)" parts into "Given Surname"', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: Holm, Sara (Täby); Ek, Jonas (Solna)\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Sara Holm', organisation: 'Täby', role: null },
      { name: 'Jonas Ek', organisation: 'Solna', role: null },
    ]);
  });
  it('reads a lower-case title before a name in a list', () => {
    const m = segment('Minnesanteckningar\nRådet\n\nDatum: 2024-03-05\nNärvarande personal: Rektor Ida Berg, lärare Per Sten\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ida Berg', organisation: null, role: 'rektor' },
      { name: 'Per Sten', organisation: null, role: 'lärare' },
    ]);
  });
  it('reads each part as a person', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: Eva Ek, Nacka | Ola Berg, Täby\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Eva Ek', organisation: 'Nacka', role: null },
      { name: 'Ola Berg', organisation: 'Täby', role: null },
    ]);
  });
  it('reads three "name, place" pairs whose separators OCR lost as three people', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nNärvarande: Eva Ek, Nacka Ola Berg, Täby Ida Sund, Solna\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Eva Ek', 'Nacka'],
      ['Ola Berg', 'Täby'],
      ['Ida Sund', 'Solna'],
    ]);
  });
  it('ends the list of people above it', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2024-03-05\nDeltagare: Eva Ek, Ola Berg\nPunkt Diskussion Beslut\n1. Lokaler\nText.\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Eva Ek', null],
      ['Ola Berg', null],
    ]);
  });
  it('keeps the title printed with a function\'s holder as the role', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2024-03-05\nMötesledare: Siv Dahl, enhetschef\n\n1. Start\nText.');
    expect(m.attendees).toEqual([{ name: 'Siv Dahl', organisation: null, role: 'enhetschef' }]);
  });
  it('reads people grouped by "Från X:", also with blank rows between the groups', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nNärvarande\nFrån Fjällby: Vilja Trosk, Ebbe Mulm\n\nFrån Sjöby: Saga Frell\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby'],
      ['Ebbe Mulm', 'Fjällby'],
      ['Saga Frell', 'Sjöby'],
    ]);
  });
  it('reads "Medverkande:" as attendees and drops the part of the meeting someone was there for', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nMedverkande: Vilja Trosk (sammankallande), Ebbe Mulm (från kl. 14.30), Saga Frell (ej punkt 4)\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'sammankallande' },
      { name: 'Ebbe Mulm', organisation: null, role: null },
      { name: 'Saga Frell', organisation: null, role: null },
    ]);
  });
  it('gives no organisation to groups of participants and makes a singular one a role', () => {
    const m = segment('Anteckningar\nRådet\n\nDatum: 2025-05-06\n\nNärvarande: Brukarrepresentanter: Vilja Trosk, Ebbe Mulm; Anhörigrepresentant: Saga Frell\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: null },
      { name: 'Ebbe Mulm', organisation: null, role: null },
      { name: 'Saga Frell', organisation: null, role: 'anhörigrepresentant' },
    ]);
  });
  it('takes the authority in "Från polisen:" as the organisation, not the meeting\'s own side', () => {
    const m = segment('Anteckningar\nDialogmöte\n\nDatum: 2025-05-06\n\nFrån kommunen: Vilja Trosk (samordnare)\nFrån polisen: Ebbe Mulm (kommunpolis)\n\n1. Start\nText.');
    expect(m.attendees.map((p) => p.organisation)).toEqual([null, 'Polisen']);
  });
  it('drops a column of initials from a people table, and initials beside a name', () => {
    const m = segment('Anteckningar\nGruppen\n\nDatum: 2025-05-06\n\nNärvarande\nNamn\tInitialer\tFunktion\nVilja Trosk\tVT\tenhetschef\nEbbe Mulm\tEM\tcontroller\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'enhetschef' },
      { name: 'Ebbe Mulm', organisation: null, role: 'controller' },
    ]);
    expect(parsePerson('Vilja Trosk, VT, enhetschef')).toEqual({ name: 'Vilja Trosk', organisation: null, role: 'enhetschef' });
  });
  it('joins a name a prose list broke across rows ("Erik Fjäll; Inga" / "Berg.")', () => {
    const m = segment('PROTOKOLL\nfört vid Fjällbygdens styrelsesammanträde\nden 14 mars 1987 i bygdegården.\n\nNärvarande: Vilja Trosk, ordf.; Ebbe Mulm; Inga\nBerg.\n\n§ 1. Öppnande\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Inga Berg']);
  });
  it('keeps one-a-row names apart: a row of a whole name is no surname', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nNärvarande: Vilja Trosk, Inga\nEbbe Mulm\n\n1. Start\nText.');
    expect(m.attendees.map((p) => p.name)).toContain('Ebbe Mulm');
  });
  it('drops a lone letter after a title, a speck from the page edge', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nDeltagare\tVilja Trosk, ordförande i\n\tEbbe Mulm, ledamot\n\n1. Start\nText.');
    expect(m.attendees[0]).toEqual({ name: 'Vilja Trosk', organisation: null, role: 'ordförande' });
  });
  it('leaves a heading without punctuation under a list whose last person has an organisation out of it', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm, Fjällbolaget\nPunkter\n1) Start\nText.\n2) Slut\nText.');
    expect(m.attendees.map((p) => p.organisation)).toEqual(['Fjällby kommun', 'Fjällbolaget']);
  });
  it('drops the courtesy titles of an older style before names, in the list and in the adjuster sentence', () => {
    const m = segment('FJÄLLFÖRENINGEN\nProtokoll fört vid styrelsesammanträde den 12/11 1974\n\nNärvarande: herr Ebbe Mulm, ordf., fru Vilja Trosk, fröken Saga Frell, sekr.\n\n§ 1. Justering\nAtt jämte ordf. justera dagens protokoll utsågs fru Vilja Trosk.\n\n§ 2. Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ebbe Mulm', 'ordförande'],
      ['Vilja Trosk', null],
      ['Saga Frell', 'sekreterare'],
    ]);
    expect(m.adjusters).toEqual(['Vilja Trosk']);
  });
  it('reads "Närvarande suppleant:" as a substitute with the association\'s word for the role', () => {
    const m = segment('Protokoll\nFjällföreningen\n\nDatum: 2025-02-11\nNärvarande styrelseledamöter: Vilja Trosk (ordförande), Ebbe Mulm\nNärvarande suppleant: Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Vilja Trosk', 'ordförande'], ['Ebbe Mulm', null], ['Saga Frell', 'suppleant']]);
  });
  it('reads a church title in lower case before a name in a list of members', () => {
    const m = segment('Protokoll\nFjällrådet\n\nDatum: 2025-03-12\nNärvarande ledamöter: Vilja Trosk (POSK), ordförande; Ebbe Mulm (S); kyrkoherde Saga Frell\n\n§ 1 Andakt\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilja Trosk', 'POSK', 'ordförande'],
      ['Ebbe Mulm', 'S', null],
      ['Saga Frell', null, 'kyrkoherde'],
    ]);
  });
  it('reads the people a list names after a count of those it does not', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2025-09-04\nNärvarande: 14 medarbetare samt fältchef Vilja Trosk och skyddsombud Ebbe Mulm\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'fältchef' },
      { name: 'Ebbe Mulm', organisation: null, role: 'skyddsombud' },
    ]);
  });
  it('reads capitalised titles before the names in a list, a qualified one of two words too', () => {
    const m = segment('Minnesanteckningar\nFjällskolans elevhälsoteam\n\nDatum: 2025-10-07\nNärvarande: Rektor Vilja Trosk, Biträdande rektor Ebbe Mulm, Kurator Saga Frell\nEj närvarande: Skolpsykolog Orvar Lind\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'rektor'],
      ['Ebbe Mulm', 'biträdande rektor'],
      ['Saga Frell', 'kurator'],
    ]);
    expect(m.absent.map((p) => [p.name, p.role])).toEqual([['Orvar Lind', 'skolpsykolog']]);
  });
  it('joins the rows of the list where an entry breaks off, a lower-case title word included, and reads a colon between two first names as a hyphen', () => {
    const m = segment(
      'Minnesanteckningar\nFjällrådet\n\nDatum: 2025-10-15\n\nDeltagare: Vilja Trosk, Fjällbageriet; Ebba:Lena Mulm, Trollbergs Gård; Per-Olof\nFrell, Frells Bygg AB; Orvar Lind, kommunstyrelsens\nordförande; Saga Berg, näringslivschef\n\n1. Start\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällbageriet', role: null },
      { name: 'Ebba-Lena Mulm', organisation: 'Trollbergs Gård', role: null },
      { name: 'Per-Olof Frell', organisation: 'Frells Bygg AB', role: null },
      { name: 'Orvar Lind', organisation: null, role: 'kommunstyrelsens ordförande' },
      { name: 'Saga Berg', organisation: null, role: 'näringslivschef' },
    ]);
  });
  it('ends the list at a row after a whole entry', () => {
    const m = segment('Minnesanteckningar\nFjällrådet\n\nDatum: 2025-10-15\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm,\nFjällby kommun; Saga Frell, Fjällbyggen\nPunkter\n1) Start\nText.');
    expect(m.attendees.map((p) => p.organisation)).toEqual(['Fjällby kommun', 'Fjällby kommun', 'Fjällbyggen']);
  });
  it('reads "För arbetsgivaren:" before a person as the side they sit on, not their organisation', () => {
    const m = segment('Minnesanteckningar LSG Fjällskolan\n\nDatum: 2025-11-20\n\nNärvarande\nFör arbetsgivaren: Vilja Trosk, rektor\nFör arbetstagarna: Ebbe Mulm, Fjällfacket; Saga Frell, Kommunal\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'rektor' },
      { name: 'Ebbe Mulm', organisation: 'Fjällfacket', role: null },
      { name: 'Saga Frell', organisation: 'Kommunal', role: null },
    ]);
  });
  it('reads "Sakkunnigt biträde:" as the function of the person after it', () => {
    const m = segment('Revisorerna i Fjällby\nProtokoll\n\nDatum: 2025-11-05\nNärvarande revisorer: Vilja Trosk (S), ordförande; Ebbe Mulm (M)\nSakkunnigt biträde: Saga Frell, Fjällrevision AB\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.at(-1)).toEqual({ name: 'Saga Frell', organisation: 'Fjällrevision AB', role: 'sakkunnigt biträde' });
  });
  it('goes on with a list row that ends on a comma across OCR\'s blank row', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-11-12\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm,\n\nTrollbergs kommun; Saga Frell, Länsstyrelsen\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby kommun'],
      ['Ebbe Mulm', 'Trollbergs kommun'],
      ['Saga Frell', 'Länsstyrelsen'],
    ]);
  });
  it('reads "Deltagare: …" listed after the last point, where the head lists no one', () => {
    const m = segment('Minnesanteckningar – Fjällnätverket\n\nDatum: 2026-01-13\n\n1. Start\nText.\n\n2. Slut\nText.\n\nDeltagare: Vilja Trosk, Fjällby kommun; Ebbe Mulm, Trollbergs kommun\nAntecknare: Ebbe Mulm');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby kommun'],
      ['Ebbe Mulm', 'Trollbergs kommun'],
    ]);
  });
  it('reads people parted by spaced slashes, and "Mötet avslutades 14.40." without "kl."', () => {
    const m = segment('Minnesanteckningar\nFjällgruppen\n\nDatum: 2026-01-22\nTid: 13.00\nNärvarande: Vilja Trosk / Ebbe Mulm / Saga Frell (Region Fjäll) / Orvar Lind\n\n1. Start\nText.\n\nMötet avslutades 14.40.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', null],
      ['Ebbe Mulm', null],
      ['Saga Frell', 'Region Fjäll'],
      ['Orvar Lind', null],
    ]);
    expect(m.meeting).toMatchObject({ start: '13:00', end: '14:40' });
  });
  it('reads "Närvarande tjänstgörande ersättare:" as serving substitutes and "Närvarande icke tjänstgörande ersättare:" as substitutes present', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2026-02-17\nNärvarande ordinarie ledamöter: Vilja Trosk (S), ordförande\nNärvarande tjänstgörande ersättare: Ebbe Mulm (S)\nNärvarande icke tjänstgörande ersättare: Saga Frell (V)\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'tjänstgörande ersättare'],
      ['Saga Frell', 'ersättare'],
    ]);
  });
  it('reads a column of functions beside the names under "Närvarande:", abbreviated or written out', () => {
    const m = segment('Protokoll styrelsemöte\nFjällföreningen\n\nDatum: 2026-03-04\n\nNärvarande:\nOrdf.\tVilja Trosk\nKassör\tEbbe Mulm\nLed.\tSaga Frell\nSupp.\tOrvar Lind\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'kassör'],
      ['Saga Frell', 'ledamot'],
      ['Orvar Lind', 'suppleant'],
    ]);
  });
  it('rejoins a comma-separated attendee list that OCR hyphenated across rows', () => {
    const minutes = segment('Minnesanteckningar\nNärvarande: Mikael Bergström, Salem, Jenny -\n- Ödlund, Nykvarn\n\n1. Start\ntext\n2. Slut\ntext');
    expect(minutes.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Mikael Bergström', 'Salem'],
      ['Jenny Ödlund', 'Nykvarn'],
    ]);
  });
  it('rejoins a name that a list row wrapped without a hyphen', () => {
    const minutes = segment('Minnesanteckningar\nNärvarande: Cecilia Hammarström, Södertälje, Mikael Bergström, Salem, Jenny\nÖdlund, Nykvarn, Tobias Håkansson, Botkyrka\n\n1. Start\ntext\n2. Slut\ntext');
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Cecilia Hammarström', 'Mikael Bergström', 'Jenny Ödlund', 'Tobias Håkansson']);
  });
});

describe('reads tables of those present', () => {
  it('joins an "Efternamn | Förnamn" table into one name, also below another label', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\nLedamöter\nEfternamn\tFörnamn\tParti\nHolm\tSara\tL\nÖvriga närvarande\nRask\tIda\t–\tjurist\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([
      { name: 'Sara Holm', organisation: 'L', role: null },
      { name: 'Ida Rask', organisation: null, role: 'jurist' },
    ]);
  });
  it('reads the header with its gaps closed and a speck before a party', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\nLedamöter\nEfternamn Förnamn Parti\nHolm\tSara\t+ SD\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([{ name: 'Sara Holm', organisation: 'SD', role: null }]);
  });
  it('reads the header and the rows when OCR closed the column gaps and put blank rows between', () => {
    const m = segment('Protokoll\nFullmäktige\n\nDatum: 2024-03-05\n\nOrdinarie ledamot Tjänstgörande ersättare\nAnna Ek (M)\n\nBo Ny (S) Cia Sund (S)\n\n§ 1 Upprop\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Anna Ek', null],
      ['Cia Sund', 'tjänstgörande ersättare'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Bo Ny']);
  });
  it('gives every person in a name cell the organisation of their row', () => {
    const m = segment('Anteckningar\nNätverket\n\nDatum: 2025-06-04\n\nDeltagare\nKommun\tNamn\nFjällby\tVilja Trosk, Ebbe Mulm\nSjöby\tSaga Frell\n\n1. Start\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Vilja Trosk', 'Fjällby'],
      ['Ebbe Mulm', 'Fjällby'],
      ['Saga Frell', 'Sjöby'],
    ]);
  });
  it('reads a table of shareholders: the representative in the "Ombud" column, the shareholder as organisation, no figures', () => {
    const m = segment(
      'PROTOKOLL\nfört vid årsstämma i Blåklint AB\n\nDatum: 2025-04-24\n\nNärvarande aktieägare\nAktieägare\tOmbud\tAntal aktier\nFjällby kommun\tVilja Trosk\t60 000\nSjöby kommun\tEbbe Mulm\t40 000\n\n' +
        'Därutöver närvarande\nSaga Frell, vd\n\n§ 1 Öppnande\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällby kommun', role: 'ombud' },
      { name: 'Ebbe Mulm', organisation: 'Sjöby kommun', role: 'ombud' },
      { name: 'Saga Frell', organisation: null, role: 'vd' },
    ]);
  });
  it('reads an attendance table whose column gaps OCR closed by the mark that ends each row', () => {
    const m = segment(
      'Anteckningar\nFjällgruppen\n\nDatum: 2025-11-06\n\nNärvaro\n\nNamn Organisation | Närvarande\nVilja Trosk Fjällby kommun X\n\nEbbe Mulm | Region Fjäll X\n\nSaga Frell Fjällkliniken -\n\n1. Start\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: 'Fjällby kommun', role: null },
      { name: 'Ebbe Mulm', organisation: 'Region Fjäll', role: null },
    ]);
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: 'Fjällkliniken', role: null }]);
    expect(m.items.map((i) => i.title)).toEqual(['Start']);
  });
});

describe('reads a head with a column of functions', () => {
  const head =
    'FJÄLLSTAD\tPROTOKOLL\nFjällnämnden\n\nSammanträdestid\t5.3.2024 kl. 17.00–19.10\n\n' +
    'Närvarande\tOrdförande\tVilja Trosk\n\tVice ordförande\tEbbe Mulm\n\tMedlemmar\tSaga Frell\n\t\tOrvar Lind\n\tErsättare\tTyra Gran\n\n' +
    'Frånvarande\tMedlem\tIvar Holt\n\n';
  it('reads the function between the label and the name as the person\'s role, a member group as none', () => {
    const m = segment(`${head}§ 1 Ett\nText.\n\n§ 2 Två\nText.`);
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'vice ordförande'],
      ['Saga Frell', null],
      ['Orvar Lind', null],
      ['Tyra Gran', 'ersättare'],
    ]);
    expect(m.absent.map((p) => [p.name, p.role])).toEqual([['Ivar Holt', null]]);
  });
});

describe('reads an attendance table printed after the signatures', () => {
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

describe('reads the attendance report a video meeting exports, pasted under the notes', () => {
  it('reads the names of "Närvarorapport" under "Namn | Anslöt | Lämnade | Varaktighet", not the times as organisations', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-10-21\nTid: 09.00–11.00\nPlats: Teams\n\n1. Start\nText.\n\n2. Slut\nText.\n\nAntecknat av: Saga Frell\n\nNärvarorapport (från Teams)\nNamn\tAnslöt\tLämnade\tVaraktighet\nVilja Trosk\t08:57\t11:01\t2 h 4 min\nSaga Frell\t09:02\t10:40\t1 h 38 min');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: null },
      { name: 'Saga Frell', organisation: null, role: null },
    ]);
    expect(m.meeting).toMatchObject({ start: '09:00', end: '11:00' });
  });
  it('reads a "Deltagarlista" under "Namn | Första anslutning | Senaste frånkoppling" with its times dropped', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-10-21\n\n1. Start\nText.\n\n2. Slut\nText.\n\nDeltagarlista\nNamn\tFörsta anslutning\tSenaste frånkoppling\nVilja Trosk\t08:57:12\t10:58:40\nOrvar Lind\t09:03:55\t10:59:02');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([['Vilja Trosk', null, null], ['Orvar Lind', null, null]]);
  });
});

describe('reads prose about who took part', () => {
  it('joins a double first name that wrapped at the margin before its surname and the list\'s "och"', () => {
    const m = segment('Minnesanteckningar\nFjällrådet\n\nDatum: 2025-05-06\n\nNärv:\tTyra Malm, föräldrarna Saga Frell, Karl-Erik\n\tLund och Vilja Trosk samt Orvar Lind\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Malm', 'Saga Frell', 'Karl-Erik Lund', 'Vilja Trosk', 'Orvar Lind']);
  });
  it('reads a prose list of members with a role after the party and a substitute "som tjänstgörande ersättare"', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\nBeslutande: Ada Lund (M) ordf, Per Ek (S) samt Ida Ros (C) som tjänstgörande ersättare för Jon Al (C)\n\n§ 1 Upprop\nText.');
    expect(m.attendees).toEqual([
      { name: 'Ada Lund', organisation: 'M', role: 'ordförande' },
      { name: 'Per Ek', organisation: 'S', role: null },
      { name: 'Ida Ros', organisation: 'C', role: 'tjänstgörande ersättare' },
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Jon Al']);
  });
  it('reads a second sentence of a prose list of attendees, and the role someone "deltog som"', () => {
    const m = segment('Anteckningar\nGruppen Blåklint\n\nDatum: 2025-06-04\n\nNärvarande var Vilja Trosk (ordförande) och Ebbe Mulm. Saga Frell från Region Uppmark deltog som adjungerad.\n\n1. Start\nText.');
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'ordförande' },
      { name: 'Ebbe Mulm', organisation: null, role: null },
      { name: 'Saga Frell', organisation: 'Region Uppmark', role: 'adjungerad' },
    ]);
  });
  it('reads the sides of a negotiation: no organisation for "Arbetsgivarsidan:", the adjuster "från arbetstagarsidan", "Parterna är överens om att" and the parties\' signatures', () => {
    const m = segment(
      'PROTOKOLL\nSamverkansgrupp Blåklint\n\nDatum: 2025-05-06\n\nNärvarande\nArbetsgivarsidan: Vilja Trosk (enhetschef)\nArbetstagarsidan: Ebbe Mulm (Facklan)\n\n' +
        '§ 1 Öppnande\nTill justerare från arbetstagarsidan valdes Ebbe Mulm.\n\n§ 2 Schema\nParterna är överens om att schemat prövas i sex veckor.\n\n' +
        'För arbetsgivaren\tFör arbetstagarorganisationerna\nVilja Trosk\tEbbe Mulm',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'enhetschef' },
      { name: 'Ebbe Mulm', organisation: 'Facklan', role: null },
    ]);
    expect(m.adjusters).toEqual(['Ebbe Mulm']);
    expect(m.items[1]!.decisions).toEqual(['Parterna är överens om att schemat prövas i sex veckor.']);
    expect(m.signatures).toEqual([
      { role: 'För arbetsgivaren', name: 'Vilja Trosk' },
      { role: 'För arbetstagarorganisationerna', name: 'Ebbe Mulm' },
    ]);
  });
  it('lists the people of a prose sentence with their functions and takes the adjuster chosen "jämte ordf."', () => {
    const m = segment(
      'PROTOKOLL fört vid styrelsesammanträde den 3 mars 2025\n\nNärvarande: ordf. Vilja Trosk, sekr. Ebbe Mulm samt ledamöterna Saga Frell och Olof Krans.\n\n' +
        '§ 1. Justering\nAtt jämte ordf. justera dagens protokoll valdes Saga Frell.\n\nVid protokollet:\tJusteras:\nEbbe Mulm\tVilja Trosk\tSaga Frell',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'ordförande' },
      { name: 'Ebbe Mulm', organisation: null, role: 'sekreterare' },
      { name: 'Saga Frell', organisation: null, role: 'ledamot' },
      { name: 'Olof Krans', organisation: null, role: 'ledamot' },
    ]);
    expect(m.adjusters).toEqual(['Saga Frell']);
  });
  it('lists the people of "Vilka: <plural title> A, B och C samt <title> D" with their titles', () => {
    const m = segment('Anteckningar APT\nFritids Fjället\n\nNär: tisdag 23/1 2025, 15.15–16.30\nVilka: fritidspedagogerna Vilja Trosk, Ebbe Mulm och Saga Frell samt rektor Olof Krans.\n\n1. Schema\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'fritidspedagog'],
      ['Ebbe Mulm', 'fritidspedagog'],
      ['Saga Frell', 'fritidspedagog'],
      ['Olof Krans', 'rektor'],
    ]);
  });
  it('reads "Vid mötet deltog" with lower-case titles before the names, and "X hade förhinder." as the absent', () => {
    const m = segment(
      'Fjällbolaget AB\nAnteckningar från ledningsgruppens möte 2025-03-11\n\nVid mötet deltog vd Vilja Trosk, driftchef Ebbe Mulm och kommunikatör Saga Frell. Nore Palm hade förhinder.\nMötet hölls kl. 9.00-10.30 i konferensrummet Älven.\n\n1. Läget\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Vilja Trosk', organisation: null, role: 'vd' },
      { name: 'Ebbe Mulm', organisation: null, role: 'driftchef' },
      { name: 'Saga Frell', organisation: null, role: 'kommunikatör' },
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Nore Palm']);
    expect(m.meeting).toEqual({ date: '2025-03-11', start: '09:00', end: '10:30', place: 'konferensrummet Älven' });
  });
  it('reads a "Vid mötet deltog" sentence wrapped at the margin, and the time in the sentence below it', () => {
    const m = segment(
      'Fjällbolaget AB\nAnteckningar från ledningsgruppens möte 2025-03-11\n\nVid mötet deltog vd Vilja Trosk, driftchef Ebbe Mulm och\nkommunikatör Saga Frell. Nore Palm hade förhinder.\nMötet hölls kl. 9.00-10.30 i konferensrummet Älven.\n\n1. Läget\nText.',
    );
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'vd'],
      ['Ebbe Mulm', 'driftchef'],
      ['Saga Frell', 'kommunikatör'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Nore Palm']);
    expect(m.meeting).toMatchObject({ start: '09:00', end: '10:30', place: 'konferensrummet Älven' });
  });
  it('reads "Närvarande var ledamöterna A, B och C samt ersättaren D." with each function', () => {
    const m = segment('Protokoll fört vid sammanträde med styrelsen för Fjällvägföreningen\nDatum: 2026-01-24\n\nNärvarande var ledamöterna Vilja Trosk, Ebbe Mulm och Saga Frell samt ersättaren Orvar Lind.\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ledamot'],
      ['Ebbe Mulm', 'ledamot'],
      ['Saga Frell', 'ledamot'],
      ['Orvar Lind', 'ersättare'],
    ]);
  });
});

describe('reads a column of staff functions printed before the names', () => {
  it('reads a column of staff functions under "Deltagare:" as people, not as "§1", "§2" read with the sign as S', () => {
    const m = segment(
      'Minnesanteckningar stabsmöte\n\nDatum: 2025-11-04\n\nDeltagare:\nStabschef – Tora Lindvik\nS1 Personal – Ebbe Kvarn\nS2 Analys – Lo Fjällström\nS3 Ledning – Mio Tranberg\n\n1. Läget\nOförändrat.\n\n2. Resurser\nStabschefen beslutade att behålla bemanningen.',
    );
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Tora Lindvik', 'stabschef'],
      ['Ebbe Kvarn', 'S1 Personal'],
      ['Lo Fjällström', 'S2 Analys'],
      ['Mio Tranberg', 'S3 Ledning'],
    ]);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Läget'],
      ['2', 'Resurser'],
    ]);
  });
});

describe('reads a council\'s prose list naming the function before members with their party', () => {
  it('reads "ordföranden A (S), vice ordföranden B (M), ledamöterna C (S) och D (C), tjänstgörande ersättaren E (S) för F (S), samt kommunsekreteraren G."', () => {
    const m = segment('PROTOKOLL\nKommunfullmäktige\n\nDatum: 2025-03-03\n\nNärvarande: ordföranden Vilja Trosk (S), vice ordföranden Ebbe Mulm (M), ledamöterna Saga Frell (S), Tore Kvist (C) och Lo Fjäll (SD), tjänstgörande ersättaren Mio Tran (S) för Siri Vall (S), samt kommunsekreteraren Alva Rusk.\n\n§ 1 Upprop\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilja Trosk', 'S', 'ordförande'],
      ['Ebbe Mulm', 'M', 'vice ordförande'],
      ['Saga Frell', 'S', 'ledamot'],
      ['Tore Kvist', 'C', 'ledamot'],
      ['Lo Fjäll', 'SD', 'ledamot'],
      ['Mio Tran', 'S', 'tjänstgörande ersättare'],
      ['Alva Rusk', null, 'kommunsekreterare'],
    ]);
    expect(m.absent.map((p) => [p.name, p.organisation])).toEqual([['Siri Vall', 'S']]);
  });
  it('reads such a list wrapped by OCR after a function in the definite form ("…, ledamöterna" / "Saga Frell (S), …")', () => {
    const m = segment('PROTOKOLL\nKommunfullmäktige\n\nDatum: 2025-03-03\n\nNärvarande: ordföranden Vilja Trosk (S), vice ordföranden Ebbe Mulm (M), ledamöterna\nSaga Frell (S) och Tore Kvist (C), samt\nkommunsekreteraren Alva Rusk.\n\n§ 1 Upprop\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'vice ordförande'],
      ['Saga Frell', 'ledamot'],
      ['Tore Kvist', 'ledamot'],
      ['Alva Rusk', 'kommunsekreterare'],
    ]);
  });
  it('keeps a list of one "name, function" a row apart, the function in the indefinite form', () => {
    const m = segment('PROTOKOLL\nNämnden\n\nDatum: 2025-03-03\n\nÖvriga närvarande: Vilja Trosk, rektor\nEbbe Mulm, kurator\n\n§ 1 Upprop\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([['Vilja Trosk', 'rektor'], ['Ebbe Mulm', 'kurator']]);
  });
});

describe('reads a list grouped by member municipality through OCR\'s specks', () => {
  it('reads a group row that OCR opened with a quote (\'"Tallby kommun: Saga Frell (SD), ersättare\'), the list going on past blank rows', () => {
    const m = segment('PROTOKOLL\nDirektionen\n\nDatum: 2025-10-21\n\nNärvarande\n\nFjällby kommun: Vilja Trosk (S), ordförande; Ebbe Mulm (M), ledamot\n"Tallby kommun: Saga Frell (SD), ersättare\n\nMossby kommun: Tore Kvist (KD), ledamot\n\nFörbundsdirektör: Lo Fjäll\n\n§ 1 Val\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilja Trosk', 'S', 'ordförande'],
      ['Ebbe Mulm', 'M', 'ledamot'],
      ['Saga Frell', 'SD', 'ersättare'],
      ['Tore Kvist', 'KD', 'ledamot'],
      ['Lo Fjäll', null, 'förbundsdirektör'],
    ]);
  });
});

describe('reads an association\'s quick list with the function after the name, no comma between', () => {
  it('reads "Vilja Trosk ordf., Ebbe Mulm kassör, Saga Frell sekr., Tore Kvist"', () => {
    const m = segment('STYRELSEMÖTE\nFjällby fiberförening\n\nDatum: 11/3 2025 kl. 19–21\nNärvarande: Vilja Trosk ordf., Ebbe Mulm kassör, Saga Frell sekr., Tore Kvist\n\n1. Öppnande\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Vilja Trosk', 'ordförande'],
      ['Ebbe Mulm', 'kassör'],
      ['Saga Frell', 'sekreterare'],
      ['Tore Kvist', null],
    ]);
  });
});

describe('reads an association\'s serving substitute', () => {
  it('reads "Tjänstgörande suppleant: …" as a label, its people serving substitutes', () => {
    const m = segment('Protokoll styrelsemöte\n\nDatum: 2025-05-14\n\nNärvarande: Vilja Trosk (ordf), Ebbe Mulm\nTjänstgörande suppleant: Saga Frell\nFrånvarande: Tore Kvist\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilja Trosk', null, 'ordförande'],
      ['Ebbe Mulm', null, null],
      ['Saga Frell', null, 'tjänstgörande suppleant'],
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Tore Kvist']);
  });
});

describe('reads a company board\'s employee representatives', () => {
  it('reads "Arbetstagarrepresentant: Per Ek, Kommunal" as a person of that function from the union, under the members', () => {
    const m = segment('Styrelseprotokoll nr 2/2025\n\nDatum:\t2025-03-13\n\nNärvarande styrelseledamöter:\tVilja Trosk, ordförande\n\tEbbe Mulm\nArbetstagarrepresentant:\tSaga Frell, Kommunal\nÖvriga närvarande:\tTore Kvist, VD\n\n1 Öppnande\nText.\n\n2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilja Trosk', null, 'ordförande'],
      ['Ebbe Mulm', null, null],
      ['Saga Frell', 'Kommunal', 'arbetstagarrepresentant'],
      ['Tore Kvist', null, 'VD'],
    ]);
  });
});

describe('reads lists of those present through OCR damage', () => {
  it('keeps a list of "function – name" rows going across OCR\'s blank rows', () => {
    const m = segment('Minnesanteckningar stabsmöte\n\nDatum: 2025-11-04\n\nDeltagare:\n\nStabschef — Tora Lindvik\nS1 Personal — Ebbe Kvarn\n\nS2 Analys — Lo Fjällström\n\nInformatör — Mio Tranberg\n\n1. Läget\nOförändrat.\n\n2. Övrigt\nInget.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Tora Lindvik', 'Ebbe Kvarn', 'Lo Fjällström', 'Mio Tranberg']);
  });
  it('keeps such a row in the list after OCR\'s blank row', () => {
    const m = segment('MINNESANTECKNINGAR\nLedningsgruppen\n\nTid: ti 7.4.2026 kl. 8.30–10\n\nNärvarande:\n\nAlva Rusk, skoldirektör\nEdvin Tå, chef för fritid\n\nSiri Vallin; rektor, Östra skolan\nOlle Björn, controller\n\n1. Läget\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Alva Rusk', 'Edvin Tå', 'Siri Vallin', 'Olle Björn']);
  });
  it('keeps a prose list going after "samt" and OCR\'s blank row, and reads "v.-.ordf."', () => {
    const m = segment('PROTOKOLL\n\nfört vid sammanträde med nämnden den 2/4-71 kl. 19.00 i kommunalkontoret.\nNärvarande: ordf. Hugo Rask, v.-.ordf. Elin Nord, Ture Berg och Alf Sand samt\n\nundertecknad sekreterare Maj Holm.\n\n§ 1. Öppnande\nText.\n\n§ 2. Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Hugo Rask', 'ordförande'],
      ['Elin Nord', 'vice ordförande'],
      ['Ture Berg', null],
      ['Alf Sand', null],
      ['Maj Holm', 'sekreterare'],
    ]);
  });
  it('reads OCR\'s ",;" after a bracketed function as the comma of a prose list, not a semicolon that parts groups', () => {
    const m = segment('Minnesanteckningar ledningsgrupp\nDatum: 2025-03-11\n\nNärvarande: Tove Rask (socialchef),; Ebbe Lind (enhetschef äldre), Saga Holm (enhetschef stöd), Lo Berg (controller)\n\n1. Ekonomi\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Tove Rask', null, 'socialchef'],
      ['Ebbe Lind', null, 'enhetschef äldre'],
      ['Saga Holm', null, 'enhetschef stöd'],
      ['Lo Berg', null, 'controller'],
    ]);
  });
  it('reads "ulf Klint, sekreterare" (the capital lost) as a person', () => {
    const m = segment('Protokoll\nUtskottet\n\nDatum: 2025-04-08\n\nÖvriga deltagande: Per Ask, direktör\nulf Klint, sekreterare\n\n§ 1 Öppnande\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => p.name)).toContain('Ulf Klint');
  });
});

describe('reads older minutes\' prose list of those present with their functions', () => {
  const minutes = segment(
    'PROTOKOLL\n\nfört vid sammanträde med kommunalfullmäktige i Norrbyns landskommun den 3 juni 1958 kl. 18.00 i kommunalhuset.\n\nNärvarande: ordföranden herr Eskil Rönn, vice ordföranden herr Hugo Björk, herrar Anton Sund och Bror Vikner samt fru Alma Tjärn.\n\n§ 1. Justering\nSedan ordföranden förklarat sammanträdet öppnat, valdes att jämte ordföranden justera dagens protokoll herrar Anton Sund och Bror Vikner.\n\n§ 2. Vägen\nFullmäktige beslöt att bifalla förslaget.\n\nSom ovan:\nAlma Tjärn\n\nJusteras:\nEskil Rönn\t\tAnton Sund\t\tBror Vikner',
  );
  it('reads "ordföranden herr A, vice ordföranden herr B, herrar C och D samt fru E" with the functions', () => {
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Eskil Rönn', 'ordförande'],
      ['Hugo Björk', 'vice ordförande'],
      ['Anton Sund', null],
      ['Bror Vikner', null],
      ['Alma Tjärn', null],
    ]);
  });
});

describe('reads lists of those present grouped under organisations or counted', () => {
  const present = attendeesOfNotes;
  it('reads organisation headings over their people without dashes ("Kalix kommun" / "Ida Ros, rektor" / …)', () => {
    expect(present('Närvarande\nKalix kommun\nIda Ros, rektor\nOve Sten, kurator\nRegion Norrbotten\nMaj Ek, läkare')).toEqual([
      ['Ida Ros', 'Kalix kommun', 'rektor'],
      ['Ove Sten', 'Kalix kommun', 'kurator'],
      ['Maj Ek', 'Region Norrbotten', 'läkare'],
    ]);
  });
  it('reads a heading of a kind of body in the plural ("Kommunerna") as no organisation, each person then naming their own', () => {
    expect(present('Deltagare\n\nRegion Norrbotten\nMaj Ek, läkare\nBo Lind, kurator\n\nKommunerna\nIda Ros, Kalix kommun\nOve Sten, Luleå kommun')).toEqual([
      ['Maj Ek', 'Region Norrbotten', 'läkare'],
      ['Bo Lind', 'Region Norrbotten', 'kurator'],
      ['Ida Ros', 'Kalix kommun', null],
      ['Ove Sten', 'Luleå kommun', null],
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

describe('reads people named in prose after a group in the plural', () => {
  it('reads "samt föräldrarna A, B och C" as three people of their own, not a description of the one before', () => {
    const m = segment(
      'PROTOKOLL\n\nSkolrådet sammanträdde tisdagen den 4 februari 1997 kl. 19.00 i biblioteket.\n\nNärvarande: Ulla Brink, rektor, Tor Ask, lärare, samt föräldrarna Mirja Kant, Pål Ljung och Vera Sten.\n\n1. Öppnande\nText.\n\n2. Övrigt\nText.',
    );
    expect(m.attendees).toEqual([
      { name: 'Ulla Brink', organisation: null, role: 'rektor' },
      { name: 'Tor Ask', organisation: null, role: 'lärare' },
      { name: 'Mirja Kant', organisation: null, role: null },
      { name: 'Pål Ljung', organisation: null, role: null },
      { name: 'Vera Sten', organisation: null, role: null },
    ]);
  });
});

describe('reads an abbreviated function before a member and the party', () => {
  it('reads "Vice ordf. Ruth Sten (c)" in a label column as the vice chair, not a sentence ending at "ordf."', () => {
    const m = segment('PROTOKOLL\nKommunstyrelsen\n\nBeslutande\tOrdf. Karl Berg (s)\n\tVice ordf. Ruth Sten (c)\n\tOla Sund (s)\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Karl Berg', 's', 'ordförande'],
      ['Ruth Sten', 'c', 'vice ordförande'],
      ['Ola Sund', 's', null],
    ]);
  });
});

describe('reads groups of the meeting\'s own people as groups, not organisations', () => {
  it('reads "Ledning: A, B; Stab: C" as groups of those present, not organisations', () => {
    const m = segment('Minnesanteckningar\nLedningsgruppen\n\nDatum: 2025-05-06\n\nNärvarande: Ledning: Ida Ros, Ove Sten; Stab: Maj Ek\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Ida Ros', null],
      ['Ove Sten', null],
      ['Maj Ek', null],
    ]);
  });
});

describe('reads lists of those present as registers and older minutes print them', () => {
  const present = attendeesOfProtokoll;
  it('reads a register\'s capitalised surname before the first name ("ÖHMAN, Gun")', () => {
    expect(present('Närvarande:\nÖHMAN, Gun\nLIND-ÅS, Bo, sekreterare')).toEqual([
      ['Gun Öhman', null, null],
      ['Bo Lind-Ås', null, 'sekreterare'],
    ]);
  });
  it('reads "Ordf. Gun Öhman, v. ordf. Bo Lind, led. Ivar Sten": abbreviated functions before the names, the first capitalised', () => {
    expect(present('Närvarande: Ordf. Gun Öhman, v. ordf. Bo Lind, led. Ivar Sten')).toEqual([
      ['Gun Öhman', null, 'ordförande'],
      ['Bo Lind', null, 'vice ordförande'],
      ['Ivar Sten', null, 'ledamot'],
    ]);
  });
  it('reads "… samt undertecknad sekreterare Dan Öst" as the secretary, the writer naming themself', () => {
    expect(present('Närvarande: Gun Öhman, Bo Lind och Ivar Sten samt undertecknad sekreterare Dan Öst.')).toEqual([
      ['Gun Öhman', null, null],
      ['Bo Lind', null, null],
      ['Ivar Sten', null, null],
      ['Dan Öst', null, 'sekreterare'],
    ]);
  });
});

describe('reads a team named by first names in a bracket after the title', () => {
  it('reads "APT … (Ina, Gösta, Wilma, Omar)" as those present', () => {
    const m = segment('Minnesanteckningar APT boendet Granen 5/3-25 (Ina, Gösta, Wilma, Omar)\n\n1. Schema\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ina', 'Gösta', 'Wilma', 'Omar']);
  });
  it('reads the bracket where it wrapped onto the next row', () => {
    const m = segment('Minnesanteckningar APT boendet Granen 5/3-25 (Ina,\nGösta, Wilma, Omar)\n\n1. Schema\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ina', 'Gösta', 'Wilma', 'Omar']);
  });
  it('does not read a bracket of other words as people', () => {
    const m = segment('Minnesanteckningar styrgruppen (förvaltningen, bolaget, kansliet)\n\n1. Schema\nText.\n\n2. Övrigt\nText.');
    expect(m.attendees).toEqual([]);
  });
});

describe('keeps a lone figure beside a list label on a page read with geometry', () => {
  it('keeps "Närvarande | 2" over a "Namn | Kommun" table as the label of that table', () => {
    const rows = [
      documentLine(1, ['Närvarande', '2'], [182, 617]),
      documentLine(1, ['Namn', 'Kommun'], [182, 553]),
      documentLine(1, ['Elsa Kvist', 'Kalix'], [182, 569]),
      documentLine(1, ['Tor Lampa', 'Arjeplog'], [184, 570]),
    ];
    expect(parseHeadBlock(rows).find((f) => f.kind === 'attendees')?.values.filter((v) => /\p{L}/u.test(v))).toEqual(['Elsa Kvist, Kalix', 'Tor Lampa, Arjeplog']);
  });
});

describe('reads colleagues named by first name alone', () => {
  it('reads "Närvarande: Ylva, Hamid, Rut, Birk (rektor)" as four people', () => {
    expect(attendeesOfNotes('Närvarande: Ylva, Hamid, Rut, Birk (rektor)')).toEqual([
      ['Ylva', null, null],
      ['Hamid', null, null],
      ['Rut', null, null],
      ['Birk', null, 'rektor'],
    ]);
  });
  it('still reads "Ylva Dahl, Tyresö" as one person and where she comes from', () => {
    expect(attendeesOfNotes('Närvarande: Ylva Dahl, Tyresö')).toEqual([['Ylva Dahl', 'Tyresö', null]]);
  });
});

describe('joins a prose list of those present that wraps at the margin', () => {
  it('joins a row that starts with "och" to the list above it ("… kyrkvärdarna Måns Trulsson" / "och Ola Jeppsson …")', () => {
    const m = segment('PROTOKOLL\nhållet vid kyrkostämma den 9 maj 1926.\n\nNärvarande: kyrkoherden Algot Sundelius såsom ordförande, kyrkvärdarna Måns Trulsson\noch Ola Jeppsson samt 31 röstberättigade församlingsbor.\n\n§ 1. Justering\nText.\n\n§ 2. Kyrkans tak\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Algot Sundelius', 'ordförande'],
      ['Måns Trulsson', 'kyrkvärd'],
      ['Ola Jeppsson', 'kyrkvärd'],
    ]);
  });
  it('joins a double first name left at the end of a row to the surname that opens the next ("… Per-Olof" / "Dahlgren, …")', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2025-03-12\n\nNärvarande: Rut Ek (ordförande), Siv Berg (kassör), Per-Olof\nDahlgren, Ulla Sten (sekreterare)\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Rut Ek', null, 'ordförande'],
      ['Siv Berg', null, 'kassör'],
      ['Per-Olof Dahlgren', null, null],
      ['Ulla Sten', null, 'sekreterare'],
    ]);
  });
});

describe('reads names OCR joined with a stop', () => {
  it('reads "Linnea.Björk, sekreterare" as Linnea Björk, a row of its own', () => {
    const m = segment('PROTOKOLL\nKyrkorådet\n\nDatum: 2025-01-21\n\nNärvarande\nIda Alm, ordförande\nAnna Wessman, kyrkoherde\nLinnea.Björk, sekreterare\n\n§ 1 Andakt\nText.\n\n§ 2 Avslutning\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Ida Alm', 'ordförande'],
      ['Anna Wessman', 'kyrkoherde'],
      ['Linnea Björk', 'sekreterare'],
    ]);
  });
});

describe('reads an older prose list of those present with OCR slips', () => {
  it('joins "… kassör Per" / "Persson, sekr. …" and reads "JOnsson" as Jonsson', () => {
    const m = segment('Protokoll fört vid sammanträde med Byalaget den 11 april 1958.\n\nNärvarande: ordf. Olle JOnsson, kassör Per\nPersson, sekr. Erik Nord samt Brita Ulv.\n\n§ 1. Ordföranden öppnade sammanträdet.\n\n§ 2. Avslutning.\n');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Olle Jonsson', 'ordförande'],
      ['Per Persson', 'kassör'],
      ['Erik Nord', 'sekreterare'],
      ['Brita Ulv', null],
    ]);
  });
});
