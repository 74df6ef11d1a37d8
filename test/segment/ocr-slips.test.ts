import { describe, expect, it } from 'vitest';
import { segment } from './by-field/segment-text.ts';
import { extractDecisions } from '../../src/segment/decisions.ts';
import { documentLine } from '../../src/segment/document-lines.ts';
import { matchLabel } from '../../src/segment/labels.ts';
import { parsePerson } from '../../src/segment/person.ts';
import { isDamagedWeekday } from '../../src/segment/swedish-dates.ts';


// Segmentation of text that OCR damaged in ways that recur on unseen scans: one letter of a weekday, a sign, a
// column read out of order.
describe('a weekday damaged by OCR', () => {
  it('dates "torsö. 29/1" (the abbreviation\'s last letter misread) in the year the title states', () => {
    const m = segment('Anteckningar 2027 – Kvistgruppen\n\nMöte torsö. 28/1 kl. 9–10.30, Kvistgården, rum Ljung\n\nNärvarande: Tyra Molk, Ebbe Grus\n\n1. Start\nText.\n\nNästa möte onsö. 24/2 kl. 9.');
    expect(m.meeting).toEqual({ date: '2027-01-28', start: '09:00', end: '10:30', place: 'Kvistgården, rum Ljung' });
    expect(m.nextMeeting?.date).toBe('2027-02-24');
  });
  it('reads a full weekday with one letter misread as a weekday, and not a short word a letter from an abbreviation', () => {
    expect(isDamagedWeekday('onsdaq')).toBe(true);
    expect(isDamagedWeekday('Torsdaqen')).toBe(true);
    expect(isDamagedWeekday('tisö.')).toBe(true);
    expect(isDamagedWeekday('tisö')).toBe(false);
    expect(isDamagedWeekday('mord.')).toBe(false);
    expect(isDamagedWeekday('månad')).toBe(false);
  });
  it('leaves a day and month after an ordinary word undated', () => {
    const m = segment('Anteckningar 2027 – Kvistgruppen\n\nMöte kvist. 28/1 kl. 9–10.30\n\n1. Start\nText.');
    expect(m.meeting?.date ?? null).toBeNull();
  });
});

describe('a § sign OCR read as a figure or letter before a one-digit number with its stop', () => {
  const OLD_MINUTES = [
    'ODLARFÖRENINGEN GRÖNSKA',
    'Protokoll fört vid styrelsesammanträde den 3/4 1968',
    '',
    'Närvarande: herr Ebbe Grus, ordf., fru Tyra Molk, sekr.',
    '',
    '8 1. Föregående protokoll upplästes och godkändes.',
    '',
    's 2. Kassören hade inkommit med förslag om ny avgift.',
    'Beslöts att höja avgiften med fem kronor.',
    '',
    '8 3. Justering',
    'Att jämte ordf. justera dagens protokoll utsågs fru Tyra Molk.',
  ].join('\n');
  it('reads run-in paragraphs "8 1. Föregående protokoll upplästes …" as the paragraphs, a whole sentence after the stop', () => {
    const m = segment(OLD_MINUTES);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Föregående protokoll upplästes och godkändes'],
      ['2', 'Kassören hade inkommit med förslag om ny avgift'],
      ['3', 'Justering'],
    ]);
    expect(m.items[1]!.decisions).toEqual(['Beslöts att höja avgiften med fem kronor.']);
    expect(m.adjusters).toEqual(['Tyra Molk']);
  });
  it('does not make one such sentence among numbered points a paragraph', () => {
    const m = segment('Minnesanteckningar\nKvistgruppen\n\n1. Start\nVi började.\n\n2. Ekonomi\n3 5. Kassan räcker till våren.\n\n3. Slut\nVi slutade.');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});

describe('two paragraphs whose § signs OCR read as a figure', () => {
  const head = 'PROTOKOLL\nStyrelsen för Kvistförbundet\n\nDatum 2027-05-20\n\n';
  it('reads "8 4 BOKSLUT 2026" and "8 5 TAXOR" as paragraphs when each has its Dnr row below', () => {
    const m = segment(`${head}8 4 BOKSLUT 2026\n\nDnr 2027/3\n\nBESLUT\nStyrelsen godkänner bokslutet.\n\n8 5 TAXOR\n\nDnr 2027/8\n\nBESLUT\nStyrelsen fastställer taxorna.`);
    expect(m.items.map((i) => [i.number, i.title, i.decisions])).toEqual([
      ['4', 'BOKSLUT 2026', ['Styrelsen godkänner bokslutet.']],
      ['5', 'TAXOR', ['Styrelsen fastställer taxorna.']],
    ]);
  });
  it('leaves two such rows without a case reference below them alone', () => {
    const m = segment(`${head}8 4 BOKSLUT 2026\nStyrelsen godkänner bokslutet.\n\n8 5 TAXOR\nStyrelsen fastställer taxorna.`);
    expect(m.items).toEqual([]);
  });
});

describe('a signer\'s surname whose capital OCR read small', () => {
  const minutes = (closing: string) => segment(`Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\n1. Start\nText.\n\n2. Slut\nText.\n\n${closing}`);
  it('signs "Antecknat av Tyra wulk" (W and w have one shape) as Tyra Wulk', () => {
    expect(minutes('Antecknat av Tyra wulk').signatures).toEqual([{ role: 'Antecknat av', name: 'Tyra Wulk' }]);
  });
  it('reads "Justerare : Ebbe sorn" beside other signers with its capital back', () => {
    expect(minutes('Ordförande Tyra Molk\nJusterare : Ebbe sorn').signatures).toEqual([
      { role: 'Ordförande', name: 'Tyra Molk' },
      { role: 'Justerare', name: 'Ebbe Sorn' },
    ]);
  });
  it('does not capitalise "och" between two signers\' names', () => {
    const m = minutes('Justeras:\n\nTyra Molk och Ebbe Grus');
    expect(m.signatures.map((s) => s.name)).not.toContain('Tyra Molk Och Ebbe Grus');
    expect(m.signatures.flatMap((s) => (s.name ?? '').split(' '))).not.toContain('Och');
  });
});

describe('a § number printed in a right-hand column, its sign read as a figure', () => {
  it('reads "Bidrag till Kvistgården | 872" among "871" and "873" as paragraph 72 with its title', () => {
    const m = segment([
      'PROTOKOLL',
      'Kvistnämnden',
      '',
      'Datum: 2027-03-04',
      '',
      'Val av justerare\t871',
      'Nämnden utser Tyra Molk att justera protokollet.',
      '',
      'Bidrag till Kvistgården\t872',
      'Nämnden beslutar att bevilja bidraget.',
      '',
      'Taxor 2028\t873',
      'Nämnden fastställer taxorna.',
    ].join('\n'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['71', 'Val av justerare'],
      ['72', 'Bidrag till Kvistgården'],
      ['73', 'Taxor 2028'],
    ]);
  });
  it('leaves one figure in a right-hand column beside a title alone', () => {
    const m = segment('Minnesanteckningar\nKvistgruppen\n\n1. Start\nText.\n\n2. Inköp\nLampor\t845\n\n3. Slut\nText.');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });
});

describe('the column of § numbers that OCR read after the rest of the page', () => {
  const page = (titles: string[]) => [
    'PROTOKOLL',
    '',
    'Kvistnämnden',
    'Datum: 2027-03-04',
    'Justerare: Ebbe Grus',
    '',
    ...titles.flatMap((t, k) => [t, `Nämnden beslutar att godkänna punkt ${k + 1}.`, '']),
    'Vid protokollet',
    '',
    'Saga Frell',
    '',
    'Ordförande Justerare',
    '',
    '§ 14',
    '',
    '814',
    '',
    '$ 16',
    '',
    'Tyra Molk | Ebbe Grus',
  ].join('\n');
  it('gives "§ 14", "814", "$ 16" back to the titles in order, and the signers their names', () => {
    const m = segment(page(['Val av justerare', 'Taxor för Kvistgården', 'Hyra av lokal']).replace('814', '815'));
    expect(m.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      ['14', 'Val av justerare', 1],
      ['15', 'Taxor för Kvistgården', 1],
      ['16', 'Hyra av lokal', 1],
    ]);
    expect(m.signatures).toEqual([
      { role: 'Vid protokollet', name: 'Saga Frell' },
      { role: 'Ordförande', name: 'Tyra Molk' },
      { role: 'Justerare', name: 'Ebbe Grus' },
    ]);
  });
  it('leaves the rows alone when the titles and the numbers do not pair off', () => {
    const m = segment(page(['Val av justerare', 'Taxor för Kvistgården']).replace('814', '815'));
    expect(m.items.map((i) => i.title)).not.toContain('Val av justerare');
  });
});

describe('a head table of label–value pairs whose right-hand column OCR read last', () => {
  const notes = (tail: string) =>
    segment(`Minnesanteckningar\nKvistgruppen\n\nDatum 2027-03-04 Tid\nPlats Kvistgården, rum 5 Antecknare\n\nNärvarande: Tyra Molk, Ebbe Grus, Saga Frell\n\n1. Start\nText.\n\n2. Slut\nInget övrigt.\n\n${tail}`);
  it('gives "Tid" and "Antecknare" the values OCR put after the rest of the page, in order', () => {
    const m = notes('13.00-14.30\nTyra Molk');
    expect(m.meeting).toEqual({ date: '2027-03-04', start: '13:00', end: '14:30', place: 'Kvistgården, rum 5' });
    expect(m.attendees[0]).toEqual({ name: 'Tyra Molk', organisation: null, role: 'antecknare' });
    expect(m.items[1]!.text).toBe('Inget övrigt.');
  });
  it('keeps the label out of the place when the rows at the end do not fit the labels', () => {
    const m = notes('Vi ses igen i vår.');
    expect(m.meeting?.place).toBe('Kvistgården, rum 5');
    expect(m.meeting?.start ?? null).toBeNull();
  });
});

describe('a head table of labels over values whose column gaps OCR closed', () => {
  const notes = (header: string, values: string) => segment(`Minnesanteckningar\nKvistgruppen\n\n${header}\n${values}\n\n1. Start\nText.\n\n2. Slut\nText.`);
  it('reads "Datum Tid Plats" over "2027-03-04 10.00-11.30 Kvistgården, rum 5" as the date, the time and the place', () => {
    expect(notes('Datum Tid Plats', '2027-03-04 10.00-11.30 Kvistgården, rum 5').meeting).toEqual({ date: '2027-03-04', start: '10:00', end: '11:30', place: 'Kvistgården, rum 5' });
  });
  it('reads "Mötesdatum Tid | Plats" with OCR\'s bar in the gap the same way', () => {
    expect(notes('Mötesdatum Tid | Plats', '2027-03-04 13:30-15:00 | Kvistgården, rum 5').meeting).toEqual({ date: '2027-03-04', start: '13:30', end: '15:00', place: 'Kvistgården, rum 5' });
  });
  it('leaves the rows alone when the row below does not open with the date', () => {
    expect(notes('Datum Tid Plats', 'Se kallelsen.').meeting?.place ?? null).toBeNull();
  });
});

describe('a people table whose gap before the party column OCR closed', () => {
  it('reads "Tyra Molk M" and "Ebbe Grus KD, ordförande" as a name and a party', () => {
    expect(parsePerson('Tyra Molk M')).toMatchObject({ name: 'Tyra Molk', organisation: 'M' });
    expect(parsePerson('Ebbe Grus KD, ordförande')).toMatchObject({ name: 'Ebbe Grus', organisation: 'KD', role: 'ordförande' });
  });
  it('gives the people under "Namn Parti" their parties', () => {
    const m = segment('Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nNärvarande\n\nNamn Parti\n\nTyra Molk M\n\nEbbe Grus S\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Tyra Molk', 'M'],
      ['Ebbe Grus', 'S'],
    ]);
  });
  it('keeps a letter that is no party with the name', () => {
    expect(parsePerson('Tyra Molk B')?.organisation ?? null).toBeNull();
  });
});

describe('a table of points whose column gap after the title OCR closed', () => {
  it('ends each title where the notes column starts under "Nr Punkt Anteckning"', () => {
    const m = segment('Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nNr Punkt z Anteckning.\n\n1 Förra mötet Anteckningarna godkändes.\n\n2 Kvistbudget 2028 Saga redovisade budgeten.\nGruppen godkänner\nbudgeten.\n\n3 Övrigt Inga frågor.');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Förra mötet'],
      ['2', 'Kvistbudget 2028'],
      ['3', 'Övrigt'],
    ]);
    expect(m.items[1]!.text).toContain('Saga redovisade budgeten.');
  });
  it('ends each title at the presenter column, at a bar OCR read in the gap or at the presenter\'s capital, keeping names the title holds', () => {
    const m = segment('KALLELSE\nKvistnämnden\n\nDatum: 2027-03-04\n\nNr — Ärende | Föredragande\n\n1 Val av justerare\n\n2 Information från kansliet | Ebbe Grus\n3 Bygglov för förråd, Kvistby 1:4 Tyra Molk\n\n4 Detaljplan för Kvistbacken etapp 2 | Planchef Saga Frell\n5 Taxor 2028 Kassören');
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Information från kansliet', 'Bygglov för förråd, Kvistby 1:4', 'Detaljplan för Kvistbacken etapp 2', 'Taxor 2028']);
  });
  it('leaves capitalised words in titles alone where no such column heads the table', () => {
    const m = segment('KALLELSE\nKvistnämnden\n\nDatum: 2027-03-04\n\n1 Val av justerare\n2 Taxor 2028 Kvistgården\n3 Övrigt');
    expect(m.items.map((i) => i.title)).toEqual(['Val av justerare', 'Taxor 2028 Kvistgården', 'Övrigt']);
  });
});

describe('the head of a Finland-Swedish protokoll, its label column read before its values', () => {
  const HEAD = [
    'PROTOKOLL',
    'Kvistnämnden',
    '',
    'Sammanträdestid',
    'Sammanträdesplats',
    '',
    'Protokollets justering',
    '',
    'Protokollet framlagt till påseende',
    '',
    '4.3.2027 kl. 17.00–19.00',
    'Rådhuset, salen',
    '',
    'Kvistby 8.3.2027',
    '',
    'Kansliet 11.3.2027',
    '',
    '§ 1 Start',
    'Text.',
    '',
    '§ 2 Slut',
    'Text.',
    'Protokolljusterarnas signaturer',
  ].join('\n');
  it('knows "Protokollets justering" and "Protokollet framlagt till påseende" as labels, neither of them the place', () => {
    const m = segment(HEAD);
    expect(m.meeting?.place).not.toMatch(/framlagt|justering|Kvistby|Kansliet/u);
  });
  it('gives the row after a whole date and time ("4.3.2027 kl. 17.00–19.00" / "Rådhuset, salen") to the next label waiting', () => {
    expect(segment(HEAD).meeting).toEqual({ date: '2027-03-04', start: '17:00', end: '19:00', place: 'Rådhuset, salen' });
  });
});

describe('labels with one OCR slip', () => {
  it('reads "Plats och tld" as "Plats och tid", not as "Plats" with "och tld" in the place', () => {
    expect(matchLabel('Plats och tld Kvistgården, kl. 18.00')).toMatchObject({ kind: 'placeTime', rest: 'Kvistgården, kl. 18.00' });
    expect(matchLabel('Plats Kvistgården')).toMatchObject({ kind: 'place', rest: 'Kvistgården' });
  });
  it('reads "Oordf.:" beside "Sekr.:" as the chair signing, with the abbreviation\'s stop', () => {
    const m = segment('PROTOKOLL\nKvistföreningen\n\nDatum 2027-03-04\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nOordf.: Sekr.:\nTyra Molk Ebbe Grus');
    expect(m.signatures).toEqual([
      { role: 'Ordf.', name: 'Tyra Molk' },
      { role: 'Sekr.', name: 'Ebbe Grus' },
    ]);
  });
  it('does not take a short word a slip from a signer\'s title for it without a colon', () => {
    expect(matchLabel('Ord om kvistar')).toBeNull();
  });
});

describe('specks after the sentence that dates the meeting', () => {
  it('finds the place in "den 14 mars 1987 i Kvistens bygdegård.\' |", OCR\'s quote and bar after the stop', () => {
    const m = segment("PROTOKOLL\n\nfört vid Kvistens Hembygdsförenings styrelsesammanträde\nden 14 mars 1987 i Kvistens bygdegård.' |\n\n§ 1. Start\nText.\n\n§ 2. Slut\nText.");
    expect(m.meeting).toEqual({ date: '1987-03-14', start: null, end: null, place: 'Kvistens bygdegård' });
  });
});

describe('a decision at the foot of a page', () => {
  it('ends at the page break when its sentence ended there, leaving the next page\'s header row out', () => {
    const rows = [
      documentLine(1, ['Kassan räcker till våren.']),
      documentLine(1, ['Beslut: Överskottet går till nya lampor.']),
      documentLine(2, ['Anteckningar Kvistgruppen 2027-03-04']),
    ];
    expect(extractDecisions(rows)).toEqual(['Överskottet går till nya lampor.']);
  });
  it('goes on across the page break when its sentence had not ended', () => {
    const rows = [documentLine(1, ['Beslut: Överskottet går till nya lampor']), documentLine(2, ['vid Kvistgården.'])];
    expect(extractDecisions(rows)).toEqual(['Överskottet går till nya lampor vid Kvistgården.']);
  });
});

describe('a people table "Namn Roll Organisation" whose column gaps OCR closed', () => {
  const notes = (rows: string) => segment(`Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nDeltagare .\n\nNamn Roll Organisation\n${rows}\n\n1. Start\nText.\n\n2. Slut\nText.`);
  it('reads each row as name, role and organisation, specks and bars in the gaps aside', () => {
    const m = notes('Tyra Molk = : projektledare Kvistby kommun\nEbbe Grus arkivarie | Granby kommun\nSaga Frell IT-arkitekt Ekby kommun');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'Kvistby kommun', role: 'projektledare' },
      { name: 'Ebbe Grus', organisation: 'Granby kommun', role: 'arkivarie' },
      { name: 'Saga Frell', organisation: 'Ekby kommun', role: 'IT-arkitekt' },
    ]);
  });
  it('leaves "Namn Organisation Funktion" to the reading that knows organisations with small words ("Solna stad")', () => {
    const m = segment('Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nDeltagare\n\nNamn Organisation Funktion\n\nTyra Molk Sundbybergs stad ordförande\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees[0]).toEqual({ name: 'Tyra Molk', organisation: 'Sundbybergs stad', role: 'ordförande' });
  });
});

describe('an attendance table with marks whose column gaps OCR closed', () => {
  it('reads "Tyra Molk ordförande Xx i" (a function in lower case, a letter from the page edge after the mark) as present with her role', () => {
    const m = segment('Protokoll styrelsemöte\n\nKvistföreningen\n\nDatum: 2027-03-04\n\nNärvarolista\n\nNamn Uppdrag Närvarande\nTyra Molk ordförande Xx i\nEbbe Grus kassör Xx\nSaga Frell | ledamot -\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: null, role: 'ordförande' },
      { name: 'Ebbe Grus', organisation: null, role: 'kassör' },
    ]);
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: null, role: 'ledamot' }]);
  });
});

describe('a signing line OCR read as letters, the name after it on the row', () => {
  const closing = (rows: string) => segment(`PROTOKOLL\nKvistnämnden\n\nDatum: 2027-03-04\nNärvarande: Tyra Molk (ordförande), Ebbe Grus\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\n${rows}`);
  it('signs "Ordförande sesmmsrssresrea Tyra Molk" and "JUSTErArG sosossessesser rer Ebbe Grus" (the role\'s letters damaged too)', () => {
    const m = closing('Ordförande sesmmsrssresressererrea Tyra Molk\nJUSTErArG sosossessesserser rer rerr Ebbe Grus');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Tyra Molk' },
      { role: 'Justerare', name: 'Ebbe Grus' },
    ]);
    expect(m.adjusters).toEqual(['Ebbe Grus']);
  });
  it('takes no capitals among the scraps for a name ("… rn n nns et N RR"), the name on the row below', () => {
    const m = closing('JUSTErALrE sosssorereressreserresreren rn n nns et N RR\n” Ebbe Grus');
    expect(m.signatures.map((s) => s.name)).not.toContain('N RR');
  });
});

describe('the column of the points\' times that OCR read after the rest of the page', () => {
  const kallelse = (times: string) => segment(`KALLELSE\n\nKvistnämnden\n\nDatum: 2027-03-04\nPlats: Kvistgården\n\nÄrende\n\n1. Upprop\n\n2. Taxor 2028\n\n3. Övrigt\n\nTyra Molk\n\nOrdförande\n\nTid\n\n${times}`);
  it('starts the meeting at the first of "Tid" / "18.00" / "18.05" / "18.40"', () => {
    expect(kallelse('18.00\n18.05\n18.40').meeting?.start).toBe('18:00');
  });
  it('leaves the start open when the figures do not rise or outnumber the points', () => {
    expect(kallelse('18.40\n18.05').meeting?.start ?? null).toBeNull();
    expect(kallelse('18.00\n18.05\n18.40\n19.00').meeting?.start ?? null).toBeNull();
  });
});

describe('a label column read before its values, the place and time with the first person right under them', () => {
  it('gives "Tyra Molk (S), ordförande" under "Kvistgården, sal 2, kl. 13.00-15.10" to "Beslutande", not to the place', () => {
    const m = segment('PROTOKOLL\n2027-03-04\n\nKvistnämnden\n\nPlats och tid\nBeslutande\n\nKvistgården, sal 2, kl. 13.00-15.10\nTyra Molk (S), ordförande\n\nEbbe Grus (M)\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.meeting?.place).toBe('Kvistgården, sal 2');
    expect(m.attendees.map((p) => p.name)).toEqual(['Tyra Molk', 'Ebbe Grus']);
  });
});

describe('the column of signers\' roles that OCR read before the column of their names', () => {
  const closing = (rows: string) => segment(`PROTOKOLL\nKvistnämnden\n\nDatum: 2027-03-04\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\n${rows}`);
  it('pairs "Sekreterare" / "Ordförande" / "Justerande" with the names below them in order, past a heading in capitals', () => {
    expect(closing('Underskrifter\nSekreterare\nOrdförande\nJusterande\n\nANSLAGSBEVIS\n\nSaga Frell\nTyra Molk\nEbbe Grus').signatures).toEqual([
      { role: 'Sekreterare', name: 'Saga Frell' },
      { role: 'Ordförande', name: 'Tyra Molk' },
      { role: 'Justerande', name: 'Ebbe Grus' },
    ]);
  });
  it('leaves the pairing alone when there are more names than roles', () => {
    const m = closing('Sekreterare\nOrdförande\n\nSaga Frell\nTyra Molk\nEbbe Grus');
    expect(m.signatures).not.toContainEqual({ role: 'Sekreterare', name: 'Saga Frell' });
  });
});

describe('the last column of a people table that OCR read after the rest of the page', () => {
  const notes = (tail: string) =>
    segment(`Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nNärvarande\n\nNamn Parti\n\nTyra Molk M\n\nEbbe Grus S\n\n1. Start\nText.\n\n2. Slut\nInget övrigt.\n\n${tail}`);
  it('gives each person the role from "Funktion" / "ordförande" / "vice ordförande" at the page\'s end, and signs nothing with them', () => {
    const m = notes('Funktion\nordförande\n\nvice ordförande');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'M', role: 'ordförande' },
      { name: 'Ebbe Grus', organisation: 'S', role: 'vice ordförande' },
    ]);
    expect(m.signatures).toEqual([]);
  });
  it('leaves the rows alone when they do not pair off with the people', () => {
    const m = notes('Funktion\nordförande');
    expect(m.attendees.map((p) => p.role)).toEqual([null, null]);
  });
});

describe('the last column of a people table that OCR read between two points\' notes', () => {
  const notes = (column: string) =>
    segment(`Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nDeltagare\n\nNamn i Funktion\nTyra Molk kurator\nEbbe Grus skolpsykolog .\n\n1. Start\n\nAlla hälsades välkomna.\n\n2. Frånvaro\n\n${column}\n\nTyra visade den nya rutinen för frånvaro och gruppen ser positivt på den.\n\nAntecknat av Ebbe Grus`);
  it('gives each person the place they work at from "Verksamhet" / "Kvistby skola" / "Elevhälsan Ulvsby", a speck after a row aside', () => {
    expect(notes('Verksamhet\n\nKvistby skola\nElevhälsan Ulvsby').attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'Kvistby skola', role: 'kurator' },
      { name: 'Ebbe Grus', organisation: 'Elevhälsan Ulvsby', role: 'skolpsykolog' },
    ]);
  });
  it('leaves the column where it was read when its rows are not as many as the people', () => {
    expect(notes('Verksamhet\n\nKvistby skola').attendees.map((p) => p.organisation)).toEqual([null, null]);
  });
});

describe('a list printed two names a row whose column gap OCR closed', () => {
  const notes = (rows: string) => segment(`Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nNärvarande:\n${rows}\n\n1. Start\nText.\n\n2. Slut\nText.`);
  it('reads "Tyra Molk Ebbe Grus" / "Saga Frell Otto Ahl" as four people', () => {
    expect(notes('Tyra Molk Ebbe Grus\nSaga Frell Otto Ahl').attendees.map((p) => p.name)).toEqual(['Tyra Molk', 'Ebbe Grus', 'Saga Frell', 'Otto Ahl']);
  });
  it('reads "Tyra Molk Ebbe Grus, rektor" / "Saga Frell Otto Ahl, lärare": the second column\'s person with a title', () => {
    expect(notes('Tyra Molk Ebbe Grus, rektor\nSaga Frell Otto Ahl, lärare').attendees).toEqual([
      { name: 'Tyra Molk', organisation: null, role: null },
      { name: 'Ebbe Grus', organisation: null, role: 'rektor' },
      { name: 'Saga Frell', organisation: null, role: null },
      { name: 'Otto Ahl', organisation: null, role: 'lärare' },
    ]);
  });
  it('keeps one row of four names one person when no other row has that shape', () => {
    expect(notes('Tyra Maria Molk Grus\nEbbe Ahl, kassör').attendees.map((p) => p.name)).toContain('Tyra Maria Molk Grus');
  });
});

describe('a people table "Kommun Namn" whose column gap OCR closed', () => {
  it('reads "Kvistby Tyra Molk", "Granby | Ebbe Grus", ":-Ekby Saga Frell ." as the name and where the person comes from', () => {
    const m = segment('Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nDeltagare\n\nKommun Namn\n\nKvistby Tyra Molk\nGranby | Ebbe Grus\n:-Ekby Saga Frell .\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'Kvistby', role: null },
      { name: 'Ebbe Grus', organisation: 'Granby', role: null },
      { name: 'Saga Frell', organisation: 'Ekby', role: null },
    ]);
  });
});

describe('a people table "Efternamn Förnamn Parti Funktion" whose column gaps OCR closed', () => {
  it('reads "Molk . Tyra M ordförande" and, past OCR\'s blank row, "Grus Ebbe + SD" with the first name first', () => {
    const m = segment('PROTOKOLL\nKvistnämnden\n\nDatum: 2027-03-04\n\nNärvarande ledamöter\n\nEfternamn Förnamn Parti Funktion\nMolk . Tyra M ordförande\nFrell Saga S\n\nGrus Ebbe + SD\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'M', role: 'ordförande' },
      { name: 'Saga Frell', organisation: 'S', role: null },
      { name: 'Ebbe Grus', organisation: 'SD', role: null },
    ]);
  });
});

describe('a people table "Namn Parti Funktion" whose column gaps OCR closed', () => {
  it('reads the name, the party ("SD.", OCR\'s "Vv" for V) and the function, OCR\'s blank rows between the rows', () => {
    const m = segment('PROTOKOLL\nKvistfullmäktige\n\nDatum: 2027-03-04\n\nNärvarande ledamöter\n\nNamn Parti Funktion\n\nTyra Molk M ordförande\n\nEbbe Grus SD.\n\nSaga Frell Vv :\n\nOtto Ahl C tjänstgörande ersättare för Vera Sten (C)\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'M', role: 'ordförande' },
      { name: 'Ebbe Grus', organisation: 'SD', role: null },
      { name: 'Saga Frell', organisation: 'V', role: null },
      { name: 'Otto Ahl', organisation: 'C', role: 'tjänstgörande ersättare' },
    ]);
    expect(m.absent.map((p) => p.name)).toEqual(['Vera Sten']);
  });
});

describe('more people tables whose column gaps OCR closed', () => {
  const notes = (header: string, rows: string) => segment(`Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nNärvarande\n\n${header}\n\n${rows}\n\n1. Start\nText.\n\n2. Slut\nText.`);
  it('reads "Kvistby kommun Tyra Molk socialsekreterare" under "Organisation Namn Funktion", the organisation\'s small words kept', () => {
    expect(notes('Organisation Namn Funktion', 'Kvistby kommun Tyra Molk socialsekreterare\n\nRegion Granland Ebbe Grus kurator').attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'Kvistby kommun', role: 'socialsekreterare' },
      { name: 'Ebbe Grus', organisation: 'Region Granland', role: 'kurator' },
    ]);
  });
  it('leaves the initials out of "Tyra Molk | TM socialchef" under "Namn Initialer Funktion"', () => {
    expect(notes('Namn Initialer Funktion', 'Tyra Molk | TM socialchef\n\nEbbe Grus : EG enhetschef barn och unga').attendees).toEqual([
      { name: 'Tyra Molk', organisation: null, role: 'socialchef' },
      { name: 'Ebbe Grus', organisation: null, role: 'enhetschef barn och unga' },
    ]);
  });
  it('reads "Namn i Funktion" (a speck in the gap) as the header of names and functions', () => {
    expect(notes('Namn i Funktion', 'Tyra Molk kurator\nEbbe Grus skolpsykolog').attendees).toEqual([
      { name: 'Tyra Molk', organisation: null, role: 'kurator' },
      { name: 'Ebbe Grus', organisation: null, role: 'skolpsykolog' },
    ]);
  });
});

describe('a run-in paragraph of older minutes whose sentence wraps', () => {
  const old = (row: string) => segment(`PROTOKOLL\n\nÅr 1963 den 4 maj sammanträdde styrelsen.\n\n§ 1. Ordf. hälsade de närvarande välkomna och förklarade\nsammanträdet öppnat.\n\n§ 2. Förelåg anbud från Kvistbyggarna Montage å byte av stolpar\n${row}\nEfter diskussion beslöts att antaga anbudet.\n\n§ 3. Mötet avslutades.`);
  it('reads "Förelåg anbud …" (a strong past, no weak ending) and its wrapped end as the title, the decision below it', () => {
    const m = old('utefter vägen mot Kvistviken.');
    expect(m.items[1]!.title).toBe('Förelåg anbud från Kvistbyggarna Montage å byte av stolpar utefter vägen mot Kvistviken');
    expect(m.items[1]!.decisions).toEqual(['Efter diskussion beslöts att antaga anbudet.']);
  });
  it('ends the sentence at its stop though OCR put a speck after it ("… Kvistviken. |")', () => {
    const m = old('utefter vägen mot Kvistviken. |');
    expect(m.items[1]!.title).toBe('Förelåg anbud från Kvistbyggarna Montage å byte av stolpar utefter vägen mot Kvistviken');
    expect(m.items[1]!.decisions).toEqual(['Efter diskussion beslöts att antaga anbudet.']);
  });
});

describe('an attendance table with a letter from OCR alone in a column gap', () => {
  it('reads "Namn | Organisation | i | Närvarande" and "Ebbe Grus | i | Region Granland | X" as the table they are', () => {
    const m = segment('Anteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nNärvaro\nNamn\tOrganisation\ti\tNärvarande\nTyra Molk\tKvistby kommun\tXx\nEbbe Grus\ti\tRegion Granland\tX\nSaga Frell\tEkby vårdcentral\t-\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'Kvistby kommun', role: null },
      { name: 'Ebbe Grus', organisation: 'Region Granland', role: null },
    ]);
    expect(m.absent).toEqual([{ name: 'Saga Frell', organisation: 'Ekby vårdcentral', role: null }]);
  });
});

describe('a list of people whose last closing bracket OCR lost', () => {
  it('still reads each "Name (place)" of "…, Saga Frell (Västra)," / "Otto Ahl (fritidskonsulent" as a person of their own', () => {
    const m = segment('Minnesanteckningar\nKvistgruppen\n\nDatum: 2027-03-04\n\nDeltog: Tyra Molk (Hörnan), Ebbe Grus (Ungdomens hus), Saga Frell (Västra),\nOtto Ahl (fritidskonsulent\n\n1. Start\nText.\n\n2. Slut\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'Hörnan', role: null },
      { name: 'Ebbe Grus', organisation: 'Ungdomens hus', role: null },
      { name: 'Saga Frell', organisation: 'Västra', role: null },
      { name: 'Otto Ahl', organisation: null, role: 'fritidskonsulent' },
    ]);
  });
});

describe('abbreviated signers\' roles whose gaps OCR closed', () => {
  it('reads "Ordf. Sekr. Just." over "Tyra Molk Ebbe Grus Saga Frell" as three signers', () => {
    const m = segment('PROTOKOLL\nKvistföreningen\n\nDatum: 2027-03-04\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.\n\nOrdf. Sekr. Just.\n\nTyra Molk Ebbe Grus Saga Frell');
    expect(m.signatures).toEqual([
      { role: 'Ordförande', name: 'Tyra Molk' },
      { role: 'Sekreterare', name: 'Ebbe Grus' },
      { role: 'Justerare', name: 'Saga Frell' },
    ]);
  });
});

describe('a people table headed "Ledamot Organisation" with OCR\'s specks in its gaps', () => {
  it('reads no one from the header and gives "Tyra Molk, ordförande . Kvistby kommun" her role and organisation', () => {
    const m = segment('PROTOKOLL\nKvistförbundet\n\nDatum: 2027-03-04\n\nNärvarande ledamöter\n\nLedamot Organisation\n\nTyra Molk, ordförande . Kvistby kommun\nEbbe Grus, vice ordförande | Region Granland\nSaga Frell Försäkringskassan\n\n§ 1 Start\nText.\n\n§ 2 Slut\nText.');
    expect(m.attendees).toEqual([
      { name: 'Tyra Molk', organisation: 'Kvistby kommun', role: 'ordförande' },
      { name: 'Ebbe Grus', organisation: 'Region Granland', role: 'vice ordförande' },
      { name: 'Saga Frell', organisation: 'Försäkringskassan', role: null },
    ]);
  });
});
