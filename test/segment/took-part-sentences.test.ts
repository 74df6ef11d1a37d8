import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', pages: 1 });

describe('who came from the organisation that held the meeting, named in a sentence', () => {
  it('reads each name after its title in lower case, and stops at the sentence\'s end', () => {
    const minutes = segment(
      'Anteckningar från samrådsmöte\n\nDatum: 2019-10-02\n\nFrån kommunen deltog planchef Ulf Ring, bygglovshandläggare Tea Sand och kommunikatör Ida Wall. Ett tjugotal boende kom.\n\n' +
        '1. Inledning\nUlf hälsade välkommen och berättade om planen.\n\n2. Frågor\nFråga: När börjar bygget?\nSvar: Tidigast nästa år.\n',
    );
    expect(minutes.attendees).toEqual([
      { name: 'Ulf Ring', organisation: null, role: 'planchef' },
      { name: 'Tea Sand', organisation: null, role: 'bygglovshandläggare' },
      { name: 'Ida Wall', organisation: null, role: 'kommunikatör' },
    ]);
  });

  it('ends the list before a sentence that opens with a figure after its first word', () => {
    const minutes = segment(
      'Anteckningar från informationsmöte\n\nDatum: 2016-04-05\n\nFrån kommunen deltog rektor Moa Lind och vaktmästare Sten Ek. Cirka 40 föräldrar kom.\n\n' +
        '1. Inledning\nMoa hälsade välkommen och berättade om bygget.\n\n2. Frågor\nFråga: När börjar bygget?\nSvar: I juni.\n',
    );
    expect(minutes.attendees.map((p) => [p.name, p.role])).toEqual([
      ['Moa Lind', 'rektor'],
      ['Sten Ek', 'vaktmästare'],
    ]);
  });
});

describe('who took part, counted by the writer\'s group in a letter', () => {
  it('reads "Vi var …" before the names as the attendees', () => {
    const minutes = segment(
      'Från: Ola Ek\nSkickat: den 4 maj 2020 09:12\nTill: Gruppen\nÄmne: Minnesanteckningar från mötet 30/4\n\nHej alla,\n\n' +
        'här kommer anteckningarna från torsdagens möte. Vi var Ola Ek, Tilda Ås och Nils Berg. Sune Lind hade förhinder.\n\n' +
        '1. Lokaler\nVi behöver ett större rum till hösten, eftersom gruppen har vuxit.\n\n2. Övrigt\nInget övrigt togs upp på mötet.\n',
    );
    expect(minutes.attendees.map((p) => p.name)).toEqual(['Ola Ek', 'Tilda Ås', 'Nils Berg']);
    expect(minutes.absent.map((p) => p.name)).toEqual(['Sune Lind']);
  });
});
