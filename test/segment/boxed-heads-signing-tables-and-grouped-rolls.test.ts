import { describe, expect, it } from 'vitest';
import { labelWordsOverValues } from '../../src/segment/label-row-words.ts';
import { segment } from './by-field/segment-text.ts';

const ITEMS = '§ 7\tVal av justerare\nNämnden utser Per Lind att justera protokollet.\n\n§ 8\tBudget\nNämnden beslutar att anta budgeten.\n';

describe('a boxed head of labels over values', () => {
  const head = 'PROTOKOLL\nTekniska nämnden\n\n';
  it('reads the meeting from label rows that also hold the paragraphs, the adjuster and the day of adjusting', () => {
    const minutes = segment(
      head + 'Sammanträdesdatum\tParagrafer\tPlats\n2022-09-13\t§§ 7–8\tKommunhuset, sal Ekan\nTid\tJusterare\tJusteringens datum\nkl. 13.00–14.30\tPer Lind\t2022-09-16\n\n' + ITEMS,
    );
    expect(minutes.meeting).toMatchObject({ date: '2022-09-13', start: '13:00', end: '14:30', place: 'Kommunhuset, sal Ekan' });
    expect(minutes.adjusters).toEqual(['Per Lind']);
  });
  it('parts the rows by the form of each value when OCR read each row as one cell, over a blank row', () => {
    const minutes = segment(
      head + 'Sammanträdesdatum Paragrafer Plats\n\n2022-09-13 88 7—8 Kommunhuset, sal Ekan\nTid Justerare Justeringens datum\n\nkl. 13.00—14.30 Per Lind 2022-09-16\n\n' + ITEMS.replace(/\t/g, ' '),
    );
    expect(minutes.meeting).toMatchObject({ date: '2022-09-13', start: '13:00', end: '14:30', place: 'Kommunhuset, sal Ekan' });
    expect(minutes.adjusters).toEqual(['Per Lind']);
  });
  it('gives a place between two other cells what lies before the next value', () => {
    expect(labelWordsOverValues('Datum Plats Tid', '2022-09-13 Kommunhuset, sal Ekan kl. 13.00')?.values).toEqual(['2022-09-13', 'Kommunhuset, sal Ekan', 'kl. 13.00']);
  });
  it('leaves a row alone where a value does not have the form its label asks for', () => {
    expect(labelWordsOverValues('Sammanträdesdatum Paragrafer Plats', 'Kommunhuset 7–8 sal Ekan')).toBeNull();
  });
});

describe('an e-signed protokoll', () => {
  const signed = (table: string) =>
    'PROTOKOLL\nTekniska nämnden\nDatum: 2022-09-13\n\n' + ITEMS + '\nDetta dokument har signerats elektroniskt\n\n' + table;
  it('takes the signers and their functions from the table of who signed when', () => {
    const minutes = segment(signed('Signerat av\tRoll\tTidpunkt\nEva Ek\tSekreterare\t2022-09-14 10:02\nPer Lind\tJusterare\t2022-09-15 08:40\n'));
    expect(minutes.signatures).toEqual([
      { role: 'Sekreterare', name: 'Eva Ek' },
      { role: 'Justerare', name: 'Per Lind' },
    ]);
  });
  it('reads the table through specks OCR put in its column gaps', () => {
    const minutes = segment(signed('Signerat av . Roll Tidpunkt\n\nEva Ek . Sekreterare 2022-09-14 10:02\nPer Lind Justerare i 2022-09-15 08:40 .\n'));
    expect(minutes.signatures.map((s) => s.name)).toEqual(['Eva Ek', 'Per Lind']);
  });
});

describe('a roll call grouped under the organisations people come from', () => {
  it('keeps reading groups past the blank row before each heading, with the heading as organisation', () => {
    const minutes = segment(
      'Minnesanteckningar\nNätverket för trygghet\n\nDatum: 2023-02-01\n\nDeltagare\n\nRegion Dalby\nEva Ek, processledare\n\nNorrby kommun\nPer Lind, enhetschef\nAda Sten, kurator\n\nPolisen\nBo Ås, kommunpolis\n\n1. Inledning\nEva hälsade välkommen.\n',
    );
    expect(minutes.attendees.map((p) => [p.name, p.organisation])).toEqual([
      ['Eva Ek', 'Region Dalby'],
      ['Per Lind', 'Norrby kommun'],
      ['Ada Sten', 'Norrby kommun'],
      ['Bo Ås', 'Polisen'],
    ]);
  });
});

describe('typewritten and tabular rolls', () => {
  it('splits a two-column roll whose gaps OCR closed after abbreviated functions and between bare names', () => {
    const minutes = segment(
      'PROTOKOLL\nSocialnämnden 1969-03-04\n\nNärvarande:\n\nBertil Ek, ordf Greta Berg\n\nHolger Lind, v ordf Signe Ås\n\nEdla Mo Ture Hall, tjg ers för Algot Bro\n\n' + ITEMS.replace(/\t/g, ' '),
    );
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Bertil Ek', 'ordförande'],
      ['Greta Berg', null],
      ['Holger Lind', 'vice ordförande'],
      ['Signe Ås', null],
      ['Edla Mo', null],
      ['Ture Hall', 'tjänstgörande ersättare'],
    ]);
  });
  it('reads a substitutes column of tjg and ej tjg as serving and not serving', () => {
    const minutes = segment('PROTOKOLL\nKultur- och fritidsnämnden\nDatum\t2023-10-17\n\nBeslutande\tSiv Dahl, ordförande\tS\n\tTor Lind\tS\ttjg\nErsättare\tVera Ek\tKD\tej tjg\n\tOmar Farah\tS\tej tjg\n\n' + ITEMS);
    expect(minutes.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Siv Dahl', 'S', 'ordförande'],
      ['Tor Lind', 'S', 'tjänstgörande ersättare'],
      ['Vera Ek', 'KD', 'ersättare'],
      ['Omar Farah', 'S', 'ersättare'],
    ]);
  });
  it('reads a lone "Dessutom:" as the label of the others present, not part of the row above', () => {
    const minutes = segment('PROTOKOLL\nSocialnämnden\nDatum: 1969-03-04\n\nNärvarande:\nBertil Ek, ordf\nTure Hall, tjg ers för Algot Bro\nDessutom:\nRut Sand, sekreterare\n\n' + ITEMS);
    expect(minutes.attendees.find((p) => p.name === 'Ture Hall')?.organisation ?? null).toBeNull();
    expect(minutes.attendees.find((p) => p.name === 'Rut Sand')?.role).toBe('sekreterare');
  });
  it('takes a signer name OCR followed with specks', () => {
    const minutes = segment('PROTOKOLL\nSocialnämnden\nDatum: 1969-03-04\n\n' + ITEMS + '\nVid protokollet:\nRut Sand:\'\nJusteras:\n\nBertil Ek\t\tPer Lind\n');
    expect(minutes.signatures[0]).toEqual({ role: 'Vid protokollet', name: 'Rut Sand' });
  });
  it('reads a party column OCR read into the row after the function, and the tjg column after the party', () => {
    const minutes = segment(
      'PROTOKOLL\nKultur- och fritidsnämnden\nDatum 2023-10-17\n\nBeslutande Siv Dahl, ordförande S\n\nGun Åkerman M\n\nRut Palm Vv\n\nTor Lind S\nErsättare Vera Ek KD ej tjg\nOmar Farah S ej tjg\n\nLars-Ove Strand M ej tjg\n\n' + ITEMS.replace(/\t/g, ' '),
    );
    expect(minutes.attendees.map((p) => [p.name, p.organisation, p.role])).toEqual([
      ['Siv Dahl', 'S', 'ordförande'],
      ['Gun Åkerman', 'M', null],
      ['Rut Palm', 'V', null],
      ['Tor Lind', 'S', null],
      ['Vera Ek', 'KD', 'ersättare'],
      ['Omar Farah', 'S', 'ersättare'],
      ['Lars-Ove Strand', 'M', 'ersättare'],
    ]);
  });
});

describe('a table of points with a column of notes, read by OCR one row at a time', () => {
  const table =
    'Minnesanteckningar\nArbetsgruppen för städ\nDatum: 2025-04-08\n\nPunkt Ämne Anteckning Ansvarig Klart\n\n' +
    '1 Föregående Protokollet från mars gicks - -\nprotokoll igenom utan synpunkter.\n\n' +
    '2 Nya rutiner för Maria visade ett utkast med fler — Maria Ek v. 34\nskolan gäller från maj.\n\n' +
    '3 Lokaler under = Tre rum saknas fortfarande. — Pia Sund 2025-04-30\nombyggnaden Pia kontaktar fastighet.\n\n' +
    '4 Övrigt Inga övriga frågor.\n';
  it('ends the title where a sentence of the note opens, even after a small word, and at a speck in the gap', () => {
    expect(segment(table).items.map((i) => i.title)).toEqual(['Föregående protokoll', 'Nya rutiner för skolan', 'Lokaler under ombyggnaden', 'Övrigt']);
  });
  it('ends the list of people above the table at its header, "Klart" column and all', () => {
    const minutes = segment(table.replace('Datum: 2025-04-08\n', 'Datum: 2025-04-08\nFörhinder: Hedda Viik (kock)\n'));
    expect(minutes.absent.map((p) => p.name)).toEqual(['Hedda Viik']);
  });
  it('reads "Klart" as a column after the title', () => {
    expect(segment(table.replace('Punkt Ämne Anteckning Ansvarig Klart', 'Punkt Ämne Anteckning Klart')).items[0]!.title).toBe('Föregående protokoll');
  });
});

describe('typewritten decisions through OCR', () => {
  const minutes = (body: string) => segment('PROTOKOLL\nSocialnämnden\nDatum: 1969-03-04\n\n§ 5 Bidrag\n' + body + '\n\n§ 6 Avslutning\nOrdföranden avslutade sammanträdet.\n');
  it('ends a decision at its full stop when OCR read a small letter after it', () => {
    expect(minutes('Nämnden beslöt att bevilja ett bidrag\nmed 600 kronor. i\nHerr Ås anmälde reservation.').items[0]!.decisions).toEqual(['Nämnden beslöt att bevilja ett bidrag med 600 kronor.']);
  });
  it('keeps an att-list going over a blank row whose next row opens with a speck before a small letter', () => {
    const [decision] = minutes('Nämnden beslöt .\natt uppdraga åt kansliet att infordra\n\n- anbud från två firmor, samt\natt ärendet skall återkomma.').items[0]!.decisions;
    expect(decision).toMatch(/^Nämnden beslöt att uppdraga .* samt att ärendet skall återkomma\.$/u);
  });
});
