import { describe, expect, it } from 'vitest';
import { documentLine, linesFromText } from '../../src/segment/document-lines.ts';
import { parseHeadBlock } from '../../src/segment/head-block.ts';
import { titleRowText } from '../../src/segment/item-title-tails.ts';
import { parseSignatures } from '../../src/segment/signatures.ts';
import { decisions, headings, segment } from './by-field/segment-text.ts';

// A § protokoll as OCR reads its scan: the label column read before its values, blank rows between the values' rows,
// the header's right-hand column among them, and a typewriter's § signs misread.
const LABELS_READ_FIRST = [
  'Fjällby kommun',
  'Kulturnämnden',
  '',
  'Tid och plats',
  '',
  'Beslutande',
  '',
  'Tjänstgörande ersättare',
  '',
  'Ej tjänstgörande ersättare',
  '',
  'Övriga närvarande',
  '',
  'PROTOKOLL',
  '2031-04-08',
  '',
  'Onsdagen den 8 april 2031 klockan 18.00-20.15',
  '',
  'Bystugan Myrheden, lilla salen',
  '',
  'Vilja Trosk (S), ordförande',
  '',
  'Ebbe Mulm (m), vice ordförande',
  'Saga Frell (C)',
  '',
  '.',
  '',
  'Tor Ahlgårde (L)',
  '',
  'Nils Vrede (S) ersätter Mona Björklid (S)',
  '',
  'Lis Vallmo (M)',
  'Pia Hedsten (KD)',
  '',
  'Mia Hedin, kultursekreterare',
  '',
  'Bystugan Myrheden, fredagen den 10 april 2031',
  '',
  '§ 7 Val av justerare',
  'Kulturnämnden utser Saga Frell att justera protokollet.',
  '',
  '§ 8 Bidrag',
  'Kulturnämnden beviljar bidraget.',
].join('\n');

describe('a formal protokoll head whose label column OCR read before its values', () => {
  it('skips the header date read under the document name, and keeps the place that follows the day and hours', () => {
    expect(segment(LABELS_READ_FIRST).meeting).toMatchObject({ date: '2031-04-08', start: '18:00', end: '20:15', place: 'Bystugan Myrheden, lilla salen' });
  });
  it('keeps members with parties in lower case and past a speck row in the deciding list', () => {
    const m = segment(LABELS_READ_FIRST);
    expect(m.attendees.slice(0, 4).map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Vilja Trosk', 'S', 'ordförande'],
      ['Ebbe Mulm', 'm', 'vice ordförande'],
      ['Saga Frell', 'C', null],
      ['Tor Ahlgårde', 'L', null],
    ]);
  });
  it('gives the row naming a member stood in for to the serving substitutes and the rows after it to the next list', () => {
    const m = segment(LABELS_READ_FIRST);
    expect(m.attendees.find((p) => p.name === 'Nils Vrede')?.role).toBe('tjänstgörande ersättare');
    expect(m.attendees.filter((p) => p.role === 'ersättare').map((p) => p.name)).toEqual(['Lis Vallmo', 'Pia Hedsten']);
    expect(m.absent.map((p) => p.name)).toEqual(['Mona Björklid']);
  });
  it('reads no person from a row with a whole date after the list of staff', () => {
    expect(segment(LABELS_READ_FIRST).attendees.map((p) => p.name)).not.toContain('Bystugan Myrheden');
  });
  it('goes on with a place and time that a comma left open across a blank row', () => {
    const m = segment('PROTOKOLL\nMiljönämnden\nSammanträdesdatum 2031-06-09\n\nPlats och tid\tDigitalt samt Kommunhuset Ekby, sal Fjället,\n\nonsdag 9 juni 2031, kl. 09:00-12:10\n\nBeslutande\tVilja Trosk (S), ordförande\n\n§ 1 Val av justerare\nText.\n\n§ 2 Övrigt\nText.');
    expect(m.meeting).toMatchObject({ start: '09:00', end: '12:10' });
  });
  it('goes on with a day broken off before its month across a blank row while labels still wait', () => {
    const fields = parseHeadBlock(linesFromText('Plats och tid\n\nBeslutande\n\nRådhuset Ekby, sal Norr, tisdagen den 3\n\nmars 2032 kl. 09:15-11:40\n\nArvid Lönnkvist (S), ordförande')[0]!);
    expect(fields.find((f) => f.kind === 'placeTime')?.values).toEqual(['Rådhuset Ekby, sal Norr, tisdagen den 3', 'mars 2032 kl. 09:15-11:40']);
    expect(fields.find((f) => f.kind === 'attendees')?.values).toEqual(['Arvid Lönnkvist (S), ordförande']);
  });
});

describe('members and substitutes in formal protokoll lists', () => {
  it('reads the member a substitute stands in for from the row below a wrapped function', () => {
    const m = segment('PROTOKOLL\nTekniska nämnden\nSammanträdesdatum 2030-02-11\n\nBeslutande\tOlle Brask (C), ordförande\n\tVeronika Lind (KD), tjänstgörande ersättare\n\tför Kurt Hammarby (KD)\n\n§ 1 Val av justerare\nText.\n\n§ 2 Information\nText.');
    expect(m.absent.map((p) => [p.name, p.organisation])).toEqual([['Kurt Hammarby', 'KD']]);
  });
  it('parts two members that OCR read into one row from two columns, after the first one\'s function', () => {
    const m = segment('PROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2030-02-11\n\nBeslutande\tÅsa Grip (SD), 2:e vice ordförande Tove Linné (SD)\n\tIvar Skog (M)\n\n§ 1 Val av justerare\nText.\n\n§ 2 Information\nText.');
    expect(m.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Åsa Grip', 'SD', '2:e vice ordförande'],
      ['Tove Linné', 'SD', null],
      ['Ivar Skog', 'M', null],
    ]);
  });
  it('gives a bracket wrapped below two members read into one row to the member stood in for', () => {
    const m = segment('PROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2030-02-11\n\nBeslutande\tIvar Skog (M)\tÅsa Grip (SD)\n\tJonas Brink (KD), tjg ersättare för Ulf Ranå Birgit Ollén (MP)\n\t(KD)\n\n§ 1 Val av justerare\nText.\n\n§ 2 Information\nText.');
    expect(m.attendees.map((p) => p.name)).toEqual(['Ivar Skog', 'Åsa Grip', 'Jonas Brink', 'Birgit Ollén']);
    expect(m.absent.map((p) => [p.name, p.organisation])).toEqual([['Ulf Ranå', 'KD']]);
  });
  it('does not part a prose list at a function in the definite form printed before the next name', () => {
    const m = segment('PROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2030-02-11\n\nNärvarande: ordföranden Åsa Grip (SD), vice ordföranden Tove Linné (M) och Ivar Skog (C).\n\n§ 1 Val av justerare\nText.\n\n§ 2 Information\nText.');
    expect(m.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Åsa Grip', 'ordförande'],
      ['Tove Linné', 'vice ordförande'],
      ['Ivar Skog', null],
    ]);
  });
});

describe('a typewriter\'s § signs and specks as OCR reads them', () => {
  it('finds paragraphs whose sign OCR read as letters, a pound sign or a figure, with specks after the number', () => {
    const text = [
      '§ 40',
      'Val av justerare',
      'Text.',
      '8 41',
      'Anmälan av motion',
      'Text.',
      's 42 . .\tDnr 31/7',
      'Ansökan om lån',
      'Text.',
      "£' 43\tDnr 30/112",
      'Taxa för år 2031',
      'Text.',
      'sg 44',
      'Val av ersättare',
      'Text.',
      '8 45',
      'Meddelanden',
    ].join('\n');
    expect(headings(text).map(([n]) => n)).toEqual(['40', '41', '42', '43', '44', '45']);
  });
  it('reads a § sign read as a dollar glued to the number after the body\'s prefix', () => {
    expect(headings('BN $ 11 Dagordning\ntext\nBN $12 Budget för Ekby\ntext\nBN $ 13 Övrigt')).toEqual([
      ['11', 'Dagordning'],
      ['12', 'Budget för Ekby'],
      ['13', 'Övrigt'],
    ]);
  });
  it('reads a paragraph whose number OCR followed by a colon or quote before its case reference', () => {
    expect(headings("8 130 : Dnr KS 2031/0401\nDagordning\ntext\n8131 :' Dnr KS 2031/0388\nBudget\ntext\n8 132 Dnr KS 2031/0290\nÖvrigt").map(([n]) => n)).toEqual(['130', '131', '132']);
  });
  it('reads a heading whose number OCR followed by a stop and a letter from specks before the case reference', () => {
    expect(headings('8 19\nAnmälan av motion\ntext\n8 20 . a Dnr 31/27\nAnsökan om lån\ntext\n8 21\nÖvrigt').map(([n]) => n)).toEqual(['19', '20', '21']);
  });
  it('leaves a case reference that joins the year and the serial with a dash out of a title run into it', () => {
    expect(headings('§ 5 Ansökan om bygglov för förråd Dnr MBN 2031-000187\ntext\n§ 6 Övrigt')).toEqual([
      ['5', 'Ansökan om bygglov för förråd'],
      ['6', 'Övrigt'],
    ]);
  });
  it('reads a glued sign after the body\'s prefix with a speck before the case reference', () => {
    expect(headings('KFN 818\nDagordning\ntext\nKFN 819 : Dnr KFN 2031/0032\nBokslut\ntext\nKFN 820\nÖvrigt').map(([n]) => n)).toEqual(['18', '19', '20']);
  });
  it('drops two letters from the page edge that make no word after a title\'s last word', () => {
    const m = segment('PROTOKOLL\nKulturnämnden\n\n§ 18 Val av justerare\nText.\n\n§ 19 Verksamhetsberättelse för kultur-\noch fritidsnämnden ij\nText.\n\n§ 20 Bidrag som betalas ut\nText.');
    expect(m.items.map((i) => i.title).slice(1)).toEqual(['Verksamhetsberättelse för kultur- och fritidsnämnden', 'Bidrag som betalas ut']);
  });
  it('drops an equals sign OCR read before a title', () => {
    const m = segment('PROTOKOLL\nSocialnämnden\n\n§ 73 Val av justerare\nText.\n\nSN$74 = Individärenden\nRedovisas i särskilt protokoll.\n\n§ 75 Övrigt\nText.');
    expect(m.items.map((i) => i.title)).toContain('Individärenden');
  });
  it('keeps a letter or two from the page edge beside a title\'s wrapped row out of the title', () => {
    expect(titleRowText(documentLine(1, ['och fritidsnämnden', 'ij'], [200, 1260]))).toBe('och fritidsnämnden');
  });
});

describe('titles wrapped across OCR\'s blank rows under a bare sign', () => {
  it('goes on with a name after a preposition and with a lower-case row, past the blank rows', () => {
    const m = segment('PROTOKOLL\nArbetsutskottet\n\n§ 20\tDnr KS 2031/0401\n\nDelårsrapport med prognos för\n\nEkby kommun\nSammanfattning\nText.\n\n§ 21\tDnr KS 2031/0290\n\nSvar på förslag om utegym vid Norrhamns\n\nhamnplan\nSammanfattning\nText.');
    expect(m.items.map((i) => i.title)).toEqual(['Delårsrapport med prognos för Ekby kommun', 'Svar på förslag om utegym vid Norrhamns hamnplan']);
  });
});

describe('decisions in a formal protokoll read through OCR', () => {
  it('reads no decision label from an earlier decision referred to with its date', () => {
    expect(decisions('Beslutsunderlag\nKommunstyrelsens beslut 2031-04-26, § 97\nÅrsredovisning 2030\nBeslut\nKommunfullmäktige godkänner årsredovisningen.')).toEqual(['Kommunfullmäktige godkänner årsredovisningen.']);
  });
  it('reads a decision where OCR put a colon between the deciding body and its verb', () => {
    expect(decisions('Kommunfullmäktige: beslutar\natt remittera motionen till kommunstyrelsen.')).toEqual(['Kommunfullmäktige beslutar att remittera motionen till kommunstyrelsen.']);
  });
  it('passes over a row of nothing but a speck between a decision\'s opening and its att-clause', () => {
    expect(decisions('Kommunfullmäktige beslutar\n\n+\n\natt remittera motionen till kommunstyrelsen.')).toEqual(['Kommunfullmäktige beslutar att remittera motionen till kommunstyrelsen.']);
  });
  it('keeps the att-clauses of a sentence left open without its stop across OCR\'s blank row', () => {
    expect(decisions('Beslut\nArbetsutskottet uppdrar åt förvaltningen\n\n- att utreda bidraget, och\n- att återkomma i oktober.')).toEqual([
      'Arbetsutskottet uppdrar åt förvaltningen - att utreda bidraget, och - att återkomma i oktober.',
    ]);
  });
});

describe('signing blocks whose lines OCR lost', () => {
  it('signs with each of two names side by side under one adjusters\' role', () => {
    const lines = linesFromText('Sekreterare\n\tMia Hedin\nOrdförande\n\tVilja Trosk\nJusterare\n\tSaga Frell\tTor Ahlgårde')[0]!;
    expect(parseSignatures(lines).filter((s) => s.role === 'Justerare').map((s) => s.name)).toEqual(['Saga Frell', 'Tor Ahlgårde']);
  });
  it('reads a role with a letter and a quote from the page edge after it as the role alone', () => {
    const lines = linesFromText('Underskrifter\nSekreterare i ”\nMia Hedin\nOrdförande\nVilja Trosk\nJusterande\n\nSaga Frell')[0]!;
    expect(parseSignatures(lines)).toEqual([
      { role: 'Sekreterare', name: 'Mia Hedin' },
      { role: 'Ordförande', name: 'Vilja Trosk' },
      { role: 'Justerande', name: 'Saga Frell' },
    ]);
  });
  it('reads roles each over its name in a head as its signing block, without dotted lines or a heading', () => {
    const m = segment(
      'PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2031-04-08\n\nBeslutande\tVilja Trosk (S), ordförande\n\tSaga Frell (C)\n\nJusterare\tSaga Frell\n\n' +
        'Sekreterare\tParagrafer 7-8\n\tMia Hedin\nOrdförande\n\tVilja Trosk\nJusterare\n\tSaga Frell\n\n§ 7 Val av justerare\nText.\n\n§ 8 Bidrag\nText.',
    );
    expect(m.signatures).toEqual([
      { role: 'Sekreterare', name: 'Mia Hedin' },
      { role: 'Ordförande', name: 'Vilja Trosk' },
      { role: 'Justerare', name: 'Saga Frell' },
    ]);
  });
});
