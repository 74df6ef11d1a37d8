import { describe, expect, it } from 'vitest';
import { linesFromText } from '../../../src/segment/document-lines.ts';
import { hasSignatureLayout } from '../../../src/segment/signature-layout.ts';
import { signatureRoles } from '../../../src/segment/signature-role-rows.ts';
import { matchLabel } from '../../../src/segment/labels.ts';
import { segment } from './segment-text.ts';

describe('reads a row of signature roles', () => {
  it('reads two roles with specks between them as a row of signature roles', () => {
    expect(signatureRoles(linesFromText('Justerare = . Justerare')[0]![0]!)).toEqual([
      { role: 'Justerare', name: null },
      { role: 'Justerare', name: null },
    ]);
  });
  it('reads "Ordförande Justerare Justerare" as three roles, never as a name', () => {
    expect(signatureRoles(linesFromText('Ordförande Justerare Justerare')[0]![0]!)).toEqual([
      { role: 'Ordförande', name: null },
      { role: 'Justerare', name: null },
      { role: 'Justerare', name: null },
    ]);
  });
  it('reads abbreviated signature roles as the roles written out', () => {
    expect(signatureRoles(linesFromText('Ordf.\tSekr.\tJust.')[0]![0]!)).toEqual([
      { role: 'Ordförande', name: null },
      { role: 'Sekreterare', name: null },
      { role: 'Justerare', name: null },
    ]);
  });
});

describe('reads who signed', () => {
  it('is a signature right below other signatures', () => {
    const m = segment('Protokoll\nNämnden\n\nDatum: 2024-03-05\n\n§ 1 Upprop\nText.\n\nUnderskrifter\nOrdförande: Åsa Lund (signerat digitalt)\nJusterare: Per Holm (signerat digitalt)');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Åsa Lund' },
      { role: 'Justerare', name: 'Per Holm' },
    ]);
  });
  it('reads "Nämndens ordförande" under a name as the role', () => {
    const m = segment('Kallelse\nNämnden\n\nDatum: 2024-03-05\n\n1. Start\n\nEva Lind\nNämndens ordförande');
    expect(m.signatures).toEqual([{ role: 'Nämndens ordförande', name: 'Eva Lind' }]);
  });
  it('reads "Justeras: A / B" as two signatures and two adjusters', () => {
    const m = segment('Protokoll\nRådet\n\nDatum: 2024-03-05\nNärvarande\nPRO Ekbacken: Åke Sund, Ulla Rey\n\n§ 1 Start\nText.\n\nJusteras: Åke Sund / Ulla Rey');
    expect(m.signatures).toEqual([
      { role: 'Justeras', name: 'Åke Sund' },
      { role: 'Justeras', name: 'Ulla Rey' },
    ]);
    expect(m.attendees.map((p) => p.organisation)).toEqual(['PRO Ekbacken', 'PRO Ekbacken']);
  });
  it('reads "Justeras: A, B" as two signatures, but not a signer\'s own title after a comma', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2025-05-14\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n§ 1 Start\nText.\n\nVid protokollet: Saga Frell\nJusteras: Vilja Trosk, Ebbe Mulm');
    expect(m.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Saga Frell' },
      { role: 'Justeras', name: 'Vilja Trosk' },
      { role: 'Justeras', name: 'Ebbe Mulm' },
    ]);
    const titled = segment('Protokoll\nStyrelsen\n\nDatum: 2025-05-14\n\n§ 1 Start\nText.\n\nAntecknat av Saga Frell, sekreterare');
    expect(titled.signatures).toEqual([{ role: 'Antecknat av', name: 'Saga Frell' }]);
  });
  it('reads "ulf Nykvist" under "Sekreterare" (OCR lost the first name\'s capital) as the secretary\'s name', () => {
    const m = segment('PROTOKOLL\nDirektionen\n\nDatum: 2025-10-21\n\n§ 1 Start\nText.\n\nSekreterare\n\nebbe Mulm\n\nOrdförande\tJusterare\nVilja Trosk\tSaga Frell');
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Ebbe Mulm' },
      { role: 'Ordförande', name: 'Vilja Trosk' },
      { role: 'Justerare', name: 'Saga Frell' },
    ]);
  });
  it('reads "Justeras" over "Vilja Trosk, ordf. | Ebbe Mulm": the titled signer with her title, the other with the heading', () => {
    const m = segment('Protokoll\nStyrelsen\n\nDatum: 2025-03-04\nNärvarande: Vilja Trosk, Ebbe Mulm\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nJusteras:\nVilja Trosk, ordf.\tEbbe Mulm');
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Vilja Trosk' },
      { role: 'Justeras', name: 'Ebbe Mulm' },
    ]);
  });
  it('reads the secretary beside "Paragrafer §§ 8-11" on the front page\'s signature row, the signs and a speck dropped', () => {
    const m = segment('PROTOKOLL\nFjällnämnden\n\nDatum: 2025-02-12\nBeslutande: Vilja Trosk (S), ordförande\nJusterare: Ebbe Mulm (M)\n\nUnderskrifter Sekreterare Saga Frell . Paragrafer §§ 8-11\nOrdförande Vilja Trosk\nJusterare Ebbe Mulm\n\n§ 8 Start\nText.\n\n§ 9 Slut\nText.');
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Saga Frell' },
      { role: 'Ordförande', name: 'Vilja Trosk' },
      { role: 'Justerare', name: 'Ebbe Mulm' },
    ]);
  });
  it('reads the name above a lone "Justerare"', () => {
    const m = segment('Protokoll\nRådet\n\nDatum: 2024-03-05\n\n§ 1 Start\nText.\n\nNacka 2024-03-06\n\nEva Ek\nOrdförande\n\nNacka 2024-03-08\n\nOla Berg\nJusterare');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Eva Ek' },
      { role: 'Justerare', name: 'Ola Berg' },
    ]);
  });
  it('signs with the roles printed after each name when OCR put both signers in one cell, and drops a stop before a role', () => {
    const m = segment('PROTOKOLL\nRådet\n\nDatum: 2025-04-24\n\n§ 1 Öppnande\nText.\n\nJusteras\n\nVilja Trosk, ordförande Maj-Lis Mulm, justerare');
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Vilja Trosk' },
      { role: 'justerare', name: 'Maj-Lis Mulm' },
    ]);
    const specked = segment('PROTOKOLL\nRådet\n\nDatum: 2025-04-24\n\n§ 1 Öppnande\nText.\n\nVid protokollet\tJusteras\nSaga Frell\tVilja Trosk'.replace('\tJusteras', '\t. Justeras'));
    expect(specked.signatures.map((s) => s.role)).toEqual(['Vid protokollet', 'Justeras']);
  });
  it('reads the officer who signs a kallelse with a lower-case title alone below the name', () => {
    const m = segment('Kallelse\nFjällprojektets styrgrupp\n\nDatum: 2025-10-02\nTid: 09.00–10.30\n\nAgenda\n1. Välkommen\n2. Nästa steg\n\nVilja Trosk\nprojektledare');
    expect(m.signatures).toEqual([{ role: 'projektledare', name: 'Vilja Trosk' }]);
  });
  it('reads any known title an officer signs an invitation with ("Fritidsintendent", "Barnomsorgsinspektör"), but not a member\'s function', () => {
    const m = segment('INBJUDAN\nFjällnätverket\n\nDatum: 1994-04-14\n\nProgram\n1. Kaffe\n2. Nya regler\n\nVälkomna!\n\nVilja Trosk\nFritidsintendent');
    expect(m.signatures).toEqual([{ role: 'Fritidsintendent', name: 'Vilja Trosk' }]);
    const member = segment('INBJUDAN\nFjällnätverket\n\nDatum: 1994-04-14\n\nProgram\n1. Kaffe\n2. Nya regler\n\nVälkomna!\n\nVilja Trosk\nLedamot');
    expect(member.signatures).toEqual([]);
  });
  it('reads two who send an invitation together on one row ("Tyra Malm och Orvar Lind" over "nätverkssamordnare") as two signers with that title', () => {
    const m = segment('Inbjudan\nFjällnätverket\n\nDatum: 2025-10-14\nTid: 9.30–15.00\n\nDagordning\n1. Välkommen\n2. Planering\n\nVarma hälsningar\nTyra Malm och Orvar Lind\nnätverkssamordnare\n\nFjällby 2025-09-15');
    expect(m.signatures).toEqual([
      { role: 'nätverkssamordnare', name: 'Tyra Malm' },
      { role: 'nätverkssamordnare', name: 'Orvar Lind' },
    ]);
  });
  it('writes out "ordf." under the name that signs a kallelse ("För rådet" / "Tyra Malm" / "ordf.")', () => {
    const m = segment('KALLELSE\n\ntill sammanträde med fjällrådet\n\nTid: Tisdagen den 14 mars 1972 kl. 19.30\nLokal: Fjällgården\n\nFöredragningslista\n\n1. Val av justerare\n2. Övriga frågor\n\nVälkomna!\n\nFör fjällrådet\n\nTyra Malm\nordf.');
    expect(m.signatures).toEqual([{ role: 'ordförande', name: 'Tyra Malm' }]);
  });
  it('does not take a lower-case word that is no title for a signer\'s role', () => {
    const m = segment('Kallelse\nFjällgruppen\n\nDatum: 2025-10-02\n\nAgenda\n1. Välkommen\n2. Nästa steg\n\nVilja Trosk\nvälkomna');
    expect(m.signatures).toEqual([]);
  });
  it('reads "Vid tangentbordet" as the note-taker\'s signature', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar\n\nDatum: 2025-03-11\nNärvarande: Vilja Trosk, Saga Frell\n\n1. Start\nText.\n\nVid tangentbordet\nSaga Frell');
    expect(m.signatures).toEqual([{ role: 'Vid tangentbordet', name: 'Saga Frell' }]);
  });
  it('reads "Ordf.:" and "Sekr.:" over the names as signatures, keeping the abbreviation\'s stop', () => {
    const m = segment('PROTOKOLL\nFjällföreningen\n\nDatum: 1974-11-12\n\n§ 1. Öppnande\nText.\n\n§ 2. Avslutning\nText.\n\nOrdf.:\tSekr.:\nEbbe Mulm\tVilja Trosk');
    expect(m.signatures).toEqual([
      { role: 'Ordf.', name: 'Ebbe Mulm' },
      { role: 'Sekr.', name: 'Vilja Trosk' },
    ]);
  });
  it('reads an officer\'s title under the name with a speck at the margin before it', () => {
    const m = segment('KALLELSE\nFjällnämnden\n\nDatum: 2024-11-05\n\n1. Val av justerare\n2. Budget\n\nVilja Trosk\nordförande\n\nEnligt uppdrag\nEbbe Mulm\n. nämndsekreterare');
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Vilja Trosk' },
      { role: 'nämndsekreterare', name: 'Ebbe Mulm' },
    ]);
  });
  it('reads a dotted signing line OCR turned into letters after the role as no name, the name on the row below', () => {
    const m = segment(
      'Protokoll\nFjällrådet\n\nDatum: 2025-03-12\nNärvarande: Vilja Trosk, Ebbe Mulm, Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.\n\n' +
        'Sekreterare .....sssssesmrnnnn sessrrrennnnnnnnnn\nVilja Trosk\n\nOrdförande ......s.esesussässesnssns .\nEbbe Mulm\n\nJUSTErALrE sosssorereressreserresreren rn n nns et N RR\n” Saga Frell',
    );
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Vilja Trosk' },
      { role: 'Ordförande', name: 'Ebbe Mulm' },
      { role: 'Justerare', name: 'Saga Frell' },
    ]);
  });
  it('reads "Namn, ordförande" under a greeting as the signer of an agenda, with the row that dates the letter below', () => {
    const m = segment('Fjällföreningen\nDagordning styrelsemöte\n\nTorsdag 4/9 kl. 19.00 i föreningslokalen\n\n1. Öppnande\n2. Ekonomi\n3. Avslutning\n\nVäl mött!\nVilja Trosk, ordförande\n\nUtskickad 2025-08-28');
    expect(m.signatures).toEqual([{ role: 'ordförande', name: 'Vilja Trosk' }]);
  });
  it('reads pairs of signers with their roles under signing lines, the lines between the pairs included', () => {
    const m = segment(
      'Protokoll\nFjällklubben\n\nDatum: 2025-03-02\n\n§ 1 Öppnande: Mötet öppnades.\n§ 2 Avslutning: Mötet avslutades.\n\n' +
        '________________\t________________\nVilja Trosk, mötesordförande\tEbbe Mulm, mötessekreterare\n\n________________\t________________\nSaga Frell, justerare\tOrvar Lind, justerare',
    );
    expect(m.signatures).toEqual([
      { role: 'mötesordförande', name: 'Vilja Trosk' },
      { role: 'mötessekreterare', name: 'Ebbe Mulm' },
      { role: 'justerare', name: 'Saga Frell' },
      { role: 'justerare', name: 'Orvar Lind' },
    ]);
  });
  it('reads "Minnesanteckningar: Namn" closing the notes as who kept them', () => {
    const m = segment('Minnesanteckningar\nFjällnätverket\n\nDatum: 2025-11-12\n\n1. Start\nText.\n\n2. Slut\nText.\n\nMinnesanteckningar: Vilja Trosk');
    expect(m.signatures).toEqual([{ role: 'Minnesanteckningar', name: 'Vilja Trosk' }]);
  });
  it('reads "Ordförande: A | Justerare: B" as two signers on one row', () => {
    const m = segment('PROTOKOLL\nFjällstiftelsen\n\nDatum: 2026-01-30\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nJusterat den 2026-02-03\n\nOrdförande: Vilja Trosk\tJusterare: Ebbe Mulm\nSekreterare: Saga Frell');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Vilja Trosk' },
      { role: 'Justerare', name: 'Ebbe Mulm' },
      { role: 'Sekreterare', name: 'Saga Frell' },
    ]);
  });
  it('only counts head rows as signatures where there is room to sign', () => {
    expect(hasSignatureLayout(linesFromText('Sekreterare: Daniel Åkesson\nJusterare: Ingegerd Björk')[0]!)).toBe(false);
    expect(hasSignatureLayout(linesFromText('Sekreterare\t..........\n\tDaniel Åkesson')[0]!)).toBe(true);
  });
  it('does not sign a head field "Sekreterare: name" as a signature', () => {
    const minutes = segment(
      ['Protokoll', 'Tid: 2023-10-03 kl 14-16', 'Sekreterare: Daniel Åkesson', '', '§ 1 Öppnande', 'Mötet öppnades.', '', 'Sekreterare\tJusterare', 'Daniel Åkesson\tIngegerd Björk'].join('\n'),
    );
    expect(minutes.signatures).toEqual([
      { role: 'Sekreterare', name: 'Daniel Åkesson' },
      { role: 'Justerare', name: 'Ingegerd Björk' },
    ]);
  });
  it('does not read a sentence above the roles as signed names', () => {
    const minutes = segment(
      ['Minnesanteckningar', 'Datum: 2023-03-09', '', '1. Start', 'text', '2. Slut', 'Nästa möte: den 21 september i Huddinge kommunhus, sal Visättra', '', 'Vid anteckningarna\tJusteras', 'Jöns Åkerlund\tMaria Söderström'].join('\n'),
    );
    expect(minutes.signatures.map((s) => s.name)).toEqual(['Jöns Åkerlund', 'Maria Söderström']);
  });
  it('reads "Rätt utdraget intygar" as a signature of an extract', () => {
    const minutes = segment('Protokollsutdrag\n\n§ 41 Bygglov\nBeslut\nNämnden beslutar att avslå.\n\nVid protokollet\nÅke Nyström\n\nRätt utdraget intygar\nÅke Nyström');
    expect(minutes.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Åke Nyström' },
      { role: 'Rätt utdraget intygar', name: 'Åke Nyström' },
    ]);
  });
});

describe('parts signers that OCR ran together', () => {
  it('parts two signers read into one cell at the speck OCR made of the gap', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2025-03-14\n\n§ 1 Start\nText.\n\nVid protokollet\nEbbe Mulm\n\nJusteras\n\nVilja Trosk . Saga Frell');
    expect(m.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Ebbe Mulm' },
      { role: 'Justeras', name: 'Vilja Trosk' },
      { role: 'Justeras', name: 'Saga Frell' },
    ]);
  });
  it('splits a row of two signers with a quote glued to a surname at the known names', () => {
    const m = segment("Protokoll\nNämnden\n\nDatum: 2024-03-05\nNärvarande: Eva Ek (S), Ola Berg (M)\n\n§ 1 Start\nText.\n\nJusteras\n\nEva 'Ek \"> Ola Berg");
    expect(m.signatures).toEqual([
      { role: 'Justeras', name: 'Eva Ek' },
      { role: 'Justeras', name: 'Ola Berg' },
    ]);
  });
  it('parts signers that OCR ran together, one with a hyphen for the space in the name, by those present', () => {
    const m = segment('PROTOKOLL\nFjällbolaget AB\n\nDatum: 2024-03-14\nNärvarande: Vilja Trosk, Ebbe Mulm, Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.\n\nOrdförande\tJusterare\tSekreterare\nVilja-Trosk . Ebbe Mulm ; Saga Frell');
    expect(m.signatures.map((s) => s.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell']);
  });
  it('splits the names under "Vid protokollet Justeras" at those present where OCR closed the gaps, the adjusters taking the rest', () => {
    const m = segment(
      'Protokoll\nFjällföreningen\n\nDatum: 2025-02-11\nNärvarande: Vilja Trosk, Ebbe Mulm, Saga Frell\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.\n\nVid protokollet Justeras\nSaga Frell Vilja Trosk Ebbe Mulm',
    );
    expect(m.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Saga Frell' },
      { role: 'Justeras', name: 'Vilja Trosk' },
      { role: 'Justeras', name: 'Ebbe Mulm' },
    ]);
  });
  it('reads signers with their roles where a speck stands between the two as a bar', () => {
    const m = segment('Protokoll\nFjällbyalaget\n\nDatum: 2025-12-06\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nVilja Trosk, mötesordförande Ebbe Mulm, sekreterare\n\nSaga Frell, justerare | Orvar Lind, justerare');
    expect(m.signatures.map((s) => s.name)).toEqual(['Vilja Trosk', 'Ebbe Mulm', 'Saga Frell', 'Orvar Lind']);
  });
  it('splits three names on one row at the names of the attendees', () => {
    const minutes = segment(
      [
        'Protokoll',
        'Beslutande Rasmus Ölander (M), ordförande',
        'Johanna Kärnä (S)',
        'Övriga närvarande Malin Nordén, nämndsekreterare',
        '',
        '§ 1 Val',
        'text',
        'Sekreterare Ordförande | Justerare',
        'Malin Nordén Rasmus Ölander kr Johanna Kärnä',
      ].join('\n'),
    );
    expect(minutes.signatures).toEqual([
      { role: 'Sekreterare', name: 'Malin Nordén' },
      { role: 'Ordförande', name: 'Rasmus Ölander' },
      { role: 'Justerare', name: 'Johanna Kärnä' },
    ]);
  });
  it('ignores a speckle cell between two signed names', () => {
    const minutes = segment('Kallelse\nTid: 2023-09-12 kl. 18\n\n1. Upprop\n2. Val\n3. Övrigt\n\nGöran Hällström\tes\tMalin Åberg\nOrdförande\tNämndsekreterare');
    expect(minutes.signatures).toEqual([
      { role: 'Ordförande', name: 'Göran Hällström' },
      { role: 'Nämndsekreterare', name: 'Malin Åberg' },
    ]);
  });
});

describe('reads the signers beside "Underskrifter" under a head with a column of functions', () => {
  const head =
    'FJÄLLSTAD\tPROTOKOLL\nFjällnämnden\n\nSammanträdestid\t5.3.2024 kl. 17.00–19.10\n\n' +
    'Närvarande\tOrdförande\tVilja Trosk\n\tVice ordförande\tEbbe Mulm\n\tMedlemmar\tSaga Frell\n\t\tOrvar Lind\n\tErsättare\tTyra Gran\n\n' +
    'Frånvarande\tMedlem\tIvar Holt\n\n';
  it('reads the names beside "Underskrifter" over their roles as the signers, and no one from the list above', () => {
    const m = segment(`${head}Underskrifter\tVilja Trosk\tAsta Blom\n\tordförande\tprotokollförare\n\n§ 1 Ett\nText.\n\n§ 2 Två\nText.`);
    expect(m.signatures).toEqual([
      { role: 'ordförande', name: 'Vilja Trosk' },
      { role: 'protokollförare', name: 'Asta Blom' },
    ]);
  });
});

describe('splits a signature row OCR closed at the adjusters chosen in a point', () => {
  it('splits "Justeras:" over "Aune Kivi Sixten Rova" (no gap left between the two) at the names chosen in the point', () => {
    const m = segment(
      'Protokoll fört vid månadsmöte\nPRO Lappvik\n\nTid: 14.00–16.00\n\nNärvarande: 30 medlemmar\n\n1. Öppnande\nText.\n\n2. Val av justerare\nTill att jämte ordföranden justera protokollet valdes Aune Kivi och Sixten Rova.\n\n3. Avslutning\nText.\n\nJusteras:\nAune Kivi Sixten Rova',
    );
    expect(m.signatures).toEqual([
      { role: 'Justeras', name: 'Aune Kivi' },
      { role: 'Justeras', name: 'Sixten Rova' },
    ]);
  });
});

describe('reads a signature label whose first letter OCR doubled', () => {
  it('reads "Oordf.:" as the chair\'s signature label', () => {
    expect(matchLabel('Oordf.:')?.label).toBe('Ordf');
  });
  it('keeps the signatures under "Oordf.:" and "Sekr.:", the abbreviation spelt with its stop', () => {
    const m = segment('Protokoll fört vid styrelsesammanträde den 3/2 1975\nFÖRENINGEN LIDEN\n\n§ 1. Protokollet lades till handlingarna.\n\n§ 2. Justering\nAtt jämte ordf. justera dagens protokoll utsågs Rune Vall.\n\nOordf.:\tSekr.:\nAstrid Hägg\tKnut Moberg');
    expect(m.signatures).toEqual([
      { role: 'Ordf.', name: 'Astrid Hägg' },
      { role: 'Sekr.', name: 'Knut Moberg' },
    ]);
  });
  it('does not take a name with a doubled first letter for a label', () => {
    expect(matchLabel('Aaron Lind')).toBeNull();
  });
});

describe('reads the signature under an invitation that never says "kallelse"', () => {
  const invitation = segment(
    'Elevrådet i Kalix\n\nHej alla!\n\nElevrådet träffas onsdag 23/4 kl 15–16 på skolans bibliotek, plan 2. Vi bjuder på fika!\n\nAgenda\n1. Välkomna\n2. Skolgården\n3. Övrigt\n\nKalix 15/4 2025\nSaga Lind, elevrådsledare',
  );
  it('reads "Saga Lind, elevrådsledare" under it as the signature', () => {
    expect(invitation.signatures).toEqual([{ role: 'elevrådsledare', name: 'Saga Lind' }]);
  });
});

describe('reads the officer who signs an invitation as an e-mail signature prints it', () => {
  const invitation = (signOff: string) =>
    segment(`Nätverket för fjällturism\nInbjudan till nätverksträff\n\nVälkomna till nätverksträff tisdagen den 3 mars 2026 kl. 10.00–15.00 i Fjällstugan.\n\nDagordning\n1. Start\n2. Slut\n\nVarmt välkomna!\n\n${signOff}`);
  it('reads the name over "Samordnare, Fjällby turistbyrå" with the office left out of the role', () => {
    expect(invitation('Tyra Malm\nSamordnare, Fjällby turistbyrå').signatures).toEqual([{ role: 'Samordnare', name: 'Tyra Malm' }]);
  });
  it('reads the name over a capitalised title alone', () => {
    expect(invitation('Tyra Malm\nProcessledare').signatures).toEqual([{ role: 'Processledare', name: 'Tyra Malm' }]);
  });
  it('takes no signer from a closing row that holds no title', () => {
    expect(invitation('Tyra Malm\nFjällby turistbyrå').signatures).toEqual([]);
  });
});

describe('reads the network\'s convener signing its notes', () => {
  it('reads "Tyra Malm, sammankallande" under the last point as the signature', () => {
    const m = segment('Minnesanteckningar från nätverket för SYV\n\nDatum: 2025-09-18\n\nNärvarande: Tyra Malm, Ebbe Mulm\n\n1. Prao\nText.\n\n2. Nästa träff\n20 november.\n\nTyra Malm, sammankallande');
    expect(m.signatures).toEqual([{ role: 'sammankallande', name: 'Tyra Malm' }]);
  });
});

describe('reads the sign-offs of older minutes', () => {
  const minutes = segment(
    'PROTOKOLL\n\nfört vid sammanträde med kommunalfullmäktige i Norrbyns landskommun den 3 juni 1958 kl. 18.00 i kommunalhuset.\n\nNärvarande: ordföranden herr Eskil Rönn, vice ordföranden herr Hugo Björk, herrar Anton Sund och Bror Vikner samt fru Alma Tjärn.\n\n§ 1. Justering\nSedan ordföranden förklarat sammanträdet öppnat, valdes att jämte ordföranden justera dagens protokoll herrar Anton Sund och Bror Vikner.\n\n§ 2. Vägen\nFullmäktige beslöt att bifalla förslaget.\n\nSom ovan:\nAlma Tjärn\n\nJusteras:\nEskil Rönn\t\tAnton Sund\t\tBror Vikner',
  );
  it('reads "Som ovan:" as the secretary\'s sign-off, and three names under "Justeras:"', () => {
    expect(minutes.signatures).toEqual([
      { role: 'Som ovan', name: 'Alma Tjärn' },
      { role: 'Justeras', name: 'Eskil Rönn' },
      { role: 'Justeras', name: 'Anton Sund' },
      { role: 'Justeras', name: 'Bror Vikner' },
    ]);
  });
});

describe('reads a note-taker\'s sign-off however it is worded', () => {
  it('reads "Minutes taken by Ida Ros" without a colon as the signature', () => {
    const m = segment('Minutes\nProjektgruppen\n\nDate: 14 May 2025\n\n1. Status\nText.\n\n2. Budget\nText.\n\nMinutes taken by Ida Ros');
    expect(m.signatures).toEqual([{ role: 'Minutes taken by', name: 'Ida Ros' }]);
  });
  it('reads "Siv Rapp, vid pennan" as the note-taker\'s signature', () => {
    const m = segment('Minnesanteckningar\nRådet\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n2. Slut\nText.\n\nSiv Rapp, vid pennan');
    expect(m.signatures).toEqual([{ role: 'vid pennan', name: 'Siv Rapp' }]);
  });
  it('reads "Antecknat av Siv Rapp, sekreterare" as the signature of Siv Rapp', () => {
    const m = segment('Minnesanteckningar\nStyrgruppen\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n2. Slut\nText.\n\nAntecknat av Siv Rapp, sekreterare');
    expect(m.signatures).toEqual([{ role: 'Antecknat av', name: 'Siv Rapp' }]);
  });
  it('reads "/Ove Sten" under "Vid pennan" as the signature', () => {
    const m = segment('Minnesanteckningar\nGruppen\n\nDatum: 2025-05-06\n\n1. Start\nText.\n\n2. Slut\nText.\n\nVid pennan\n/Ove Sten');
    expect(m.signatures).toEqual([{ role: 'Vid pennan', name: 'Ove Sten' }]);
  });
});

describe('reads the secretary\'s signature on the front page of an older protokoll', () => {
  it('reads "Sekreterare Lars Ek | Paragrafer 45-47" as the secretary\'s signature without the paragraphs', () => {
    const m = segment('SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\n\nSammanträdesdatum 1983-05-03\n\nBeslutande\tKarl Berg (s)\n\nUnderskrifter Sekreterare Lars Ek | Paragrafer 45-47\nOrdförande Karl Berg\n\n§ 45 Start\nText.\n\n§ 46 Slut\nText.');
    expect(m.signatures[0]).toEqual({ role: 'Sekreterare', name: 'Lars Ek' });
  });
});

describe('reads a note-taker who signs with a first name', () => {
  it('reads "Antecknat av Vidar" under the last point as the note-taker Vidar', () => {
    const m = segment('Minnesanteckningar\nArbetsplatsträff, Ekbackens skola\n\nDatum: 2025-02-11\n\n1. Rast\nText.\n\n2. Övrigt\nInget.\n\nAntecknat av Vidar');
    expect(m.signatures).toEqual([{ role: 'Antecknat av', name: 'Vidar' }]);
  });
  it('reads "Vid tangentbordet: Vidar" and "Vid pennan: Vidar" as the note-taker Vidar', () => {
    const notes = (signOff: string) => segment(`Minnesanteckningar\nArbetsplatsträff, Ekbackens skola\n\nDatum: 2025-02-11\n\n1. Rast\nText.\n\n2. Övrigt\nInget.\n\n${signOff}`);
    expect(notes('Vid tangentbordet: Vidar').signatures).toEqual([{ role: 'Vid tangentbordet', name: 'Vidar' }]);
    expect(notes('Vid pennan: Vidar').signatures).toEqual([{ role: 'Vid pennan', name: 'Vidar' }]);
  });
  it('takes no first-name signer after a chair\'s role', () => {
    const m = segment('Minnesanteckningar\nArbetsplatsträff, Ekbackens skola\n\nDatum: 2025-02-11\n\n1. Rast\nText.\n\n2. Övrigt\nInget.\n\nOrdförande: Vidar');
    expect(m.signatures.filter((s) => s.name === 'Vidar')).toEqual([]);
  });
});

describe('reads the signers of a bilingual protokoll', () => {
  it('keeps the title printed in both languages under each name as the role ("ordförande / puheenjohtaja")', () => {
    const m = segment(
      'PROTOKOLL\nNämnden\n\nTid\t4.2.2025 kl. 17.00\n\n§ 1 Öppnande\nText.\n\nUnderskrifter / Allekirjoitukset\n\nRagnar Holmström\tLinnea Åkerblom\nordförande / puheenjohtaja\tsekreterare / sihteeri\n',
    );
    expect(m.signatures).toEqual([
      { role: 'ordförande / puheenjohtaja', name: 'Ragnar Holmström' },
      { role: 'sekreterare / sihteeri', name: 'Linnea Åkerblom' },
    ]);
  });
});

describe('reads the Latin sign-off of an older protokoll', () => {
  it('reads "In fidem:" over the secretary\'s name as a signature, as "Som ovan:" is', () => {
    const m = segment('PROTOKOLL\nhållet vid kyrkostämma den 9 maj 1926.\n\n§ 1. Justering\nText.\n\n§ 2. Kyrkans tak\nText.\n\nIn fidem:\nGunnar Sjöholm\n\nJusteras:\nHerman Ljung\t\tAnton Fröjd\n');
    expect(m.signatures).toEqual([
      { role: 'In fidem', name: 'Gunnar Sjöholm' },
      { role: 'Justeras', name: 'Herman Ljung' },
      { role: 'Justeras', name: 'Anton Fröjd' },
    ]);
  });
});

describe('reads signers named under the signing lines of a form', () => {
  it('takes the name after "Namnförtydligande:" under each role', () => {
    const m = segment(
      'PROTOKOLL\nBrf Linden\n\nDatum: 2025-05-14\n\n§ 1 Öppnande\nText.\n\n§ 2 Avslutning\nText.\n\nOrdförande\tJusterare\n....................\t....................\nNamnförtydligande: Vera Lund\tNamnförtydligande: Jonas Ekholm\n\nSekreterare\n....................\nNamnförtydligande: Elsa Stål\n',
    );
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Vera Lund' },
      { role: 'Justerare', name: 'Jonas Ekholm' },
      { role: 'Sekreterare', name: 'Elsa Stål' },
    ]);
  });
});

describe('reads a protokoll signed digitally, with the e-signature record after it', () => {
  const protokoll =
    'Protokoll styrelsemöte\nFöreningen\n\nDatum: 2025-09-18\n\n1. Öppnande\nText.\n\n2. Avslutning\nText.\n\nVera Lund, ordförande\tElsa Stål, sekreterare\n\nJonas Ekholm, justerare\n';
  const record =
    '\fVerifikat\nTransaktion 0922211555750123\n\nSignerare\nVera Lund (VL)\nvera.lund@exempel.se\nSignerade 2025-09-19 09:14:40 CEST (+0200)\n\nElsa Stål (ES)\nelsa.stal@exempel.se\nSignerade 2025-09-19 12:03:11 CEST (+0200)\n';
  it('reads the signers of the protokoll, the record page being no part of the minutes', () => {
    expect(segment(protokoll + record).signatures).toEqual(segment(protokoll).signatures);
    expect(segment(protokoll + record).signatures.map((s) => s.name)).toEqual(['Vera Lund', 'Elsa Stål', 'Jonas Ekholm']);
  });
});

describe('reads two adjusters beside their role in the Underskrifter block', () => {
  it('takes "Justerare | Rolf Ek | Sanna Dal" under the other signers as two signatures', () => {
    const m = segment('KOMMUN\tPROTOKOLL\nKommunfullmäktige\tSammanträdesdatum 2025-06-16\n\nPlats och tid\tMedborgarhuset, kl. 18.30\n\nUnderskrifter\tSekreterare\tAnna Holm\n\tOrdförande\tGösta Brunn\n\tJusterare\tRolf Ek\tSanna Dal\n\f§ 44 Upprop\nText.\n\n§ 45 Val\nText.\n');
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Anna Holm' },
      { role: 'Ordförande', name: 'Gösta Brunn' },
      { role: 'Justerare', name: 'Rolf Ek' },
      { role: 'Justerare', name: 'Sanna Dal' },
    ]);
  });
});

describe('the initials in a protokoll form\'s "Justerandes sign" box', () => {
  it('signs nothing with the adjusters\' initials over a "Justerat" row; the certifying name below still signs', () => {
    const m = segment('SAMMANTRÄDESPROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 1991-04-09\n\n§ 45 Bidrag till Ekmora IF\nKommunstyrelsen beslutar att bevilja bidraget.\n\nJusterandes sign Utdragsbestyrkande\nPE LO\n\nJusterat 1991-04-12\n\nRätt utdraget intygar:\n\nSiv Ekmark\nkommunsekreterare');
    expect(m.signatures).toEqual([{ role: 'kommunsekreterare', name: 'Siv Ekmark' }]);
    expect(m.adjusters).toEqual([]);
  });
  it('gives the title under the name to whoever signs under "Utdraget bestyrks", as under "Rätt utdraget intygar"', () => {
    const m = segment('PROTOKOLLSUTDRAG\nSocialnämnden\nSammanträdesdatum 2024-11-20\n\n§ 112 Riktlinjer för Ekmora\nBeslut\nSocialnämnden antar riktlinjerna.\n\nUtdraget bestyrks\nMaria Sten\nnämndsekreterare');
    expect(m.signatures).toEqual([{ role: 'nämndsekreterare', name: 'Maria Sten' }]);
  });
  it('reads the long form "Utdragets överensstämmelse med originalet intygar" over the certifying name', () => {
    const m = segment('PROTOKOLLSUTDRAG\nSocialnämnden\nSammanträdesdatum 2024-11-20\n\n§ 112 Riktlinjer för Ekmora\nBeslut\nSocialnämnden antar riktlinjerna.\n\nUtdragets överensstämmelse med originalet intygar:\nMaria Sten');
    expect(m.signatures).toEqual([{ role: 'Utdragets överensstämmelse med originalet intygar', name: 'Maria Sten' }]);
  });
  it('reads the sender of a kallelse without numbered points, the name above the title at the very end', () => {
    const m = segment('KALLELSE TILL EXTRA SAMMANTRÄDE\n\nValnämnden kallas till sammanträde fredagen den 19 september 2026 kl. 08.00 i Ekmora rådhus.\n\nÄrende: Rösträkning efter valet\n\nEkmora den 15 september 2026\n\nPå ordförandens uppdrag\n\nLena Sjö\nvalsamordnare');
    expect(m.signatures).toEqual([{ role: 'valsamordnare', name: 'Lena Sjö' }]);
  });
  it('reads a company\'s managing director under the name that sends its kallelse, written out or abbreviated', () => {
    for (const title of ['verkställande direktör', 'vd']) {
      const m = segment(`KALLELSE\nStyrelsen för Ekmora Energi AB\n\nDatum: 2025-11-24\n\n1. Val av justerare\n2. Budget\n\nEkmora den 10 november 2025\n\nPer Strand\n${title}`);
      expect(m.signatures).toEqual([{ role: title, name: 'Per Strand' }]);
    }
  });
});
