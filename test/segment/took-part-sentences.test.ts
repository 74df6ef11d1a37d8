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
