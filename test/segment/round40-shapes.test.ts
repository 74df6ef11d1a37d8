import { describe, expect, it } from 'vitest';
import { segmentMinutes } from '../../src/segment/index.ts';
import { distributeSharedBracket, parsePerson, rolesAfterNames } from '../../src/segment/person.ts';

const segment = (text: string) => segmentMinutes({ text }, { file: 'x.txt', sha256: null, pages: 1 });

describe('round-40 shapes', () => {
  it('times and places a meeting from a sentence that reports it below the dated title ("Mötet hölls kl. … i …")', () => {
    const m = segment('Fjällgruppen\nMinnesanteckningar från mötet den 7 mars 2025\n\nMötet hölls kl. 9.30–11 i Fjällhuset, lokal Kåsan, Åby.\n\n1. Start\nText.');
    expect(m.meeting).toEqual({ date: '2025-03-07', start: '09:30', end: '11:00', place: 'Fjällhuset, lokal Kåsan, Åby' });
  });
  it('reads a lower-case place after "kl. … i" whose first word a comma closes ("i föreningslokalen, Trastvägen 3")', () => {
    const m = segment('PROTOKOLL fört vid styrelsesammanträde\nmåndagen den 3 mars 2025 kl. 19.00 i föreningslokalen, Trastvägen 3\n\n§ 1. Öppnande\nText.');
    expect(m.meeting).toMatchObject({ date: '2025-03-03', start: '19:00', place: 'föreningslokalen, Trastvägen 3' });
  });
  it('gives each of several names the bracket that says it holds for both or all of them', () => {
    expect(distributeSharedBracket('Vilja Trosk och Ebbe Mulm (båda Fjällby stad)')).toBe('Vilja Trosk (Fjällby stad) och Ebbe Mulm (Fjällby stad)');
    expect(distributeSharedBracket('Saga Frell, Olof Krans samt Ada Vinge (samtliga från Åby kommun)')).toBe(
      'Saga Frell (Åby kommun), Olof Krans (Åby kommun) samt Ada Vinge (Åby kommun)',
    );
    expect(distributeSharedBracket('Vilja Trosk och Ebbe Mulm (S)')).toBe('Vilja Trosk och Ebbe Mulm (S)');
  });
  it('reads the definite form of an office or agency in brackets as the organisation, not a title', () => {
    expect(parsePerson('Vilja Trosk (räddningstjänsten)')).toEqual({ name: 'Vilja Trosk', organisation: 'räddningstjänsten', role: null });
    expect(parsePerson('Ebbe Mulm (stadsbyggnadskontoret)')).toEqual({ name: 'Ebbe Mulm', organisation: 'stadsbyggnadskontoret', role: null });
    expect(parsePerson('Saga Frell (socialsekreterare)')).toEqual({ name: 'Saga Frell', organisation: null, role: 'socialsekreterare' });
  });
  it('moves a function written before a name in prose after it, a plural one to each name of its group', () => {
    expect(rolesAfterNames('ordf. Vilja Trosk, kassör Ebbe Mulm samt ledamöterna Saga Frell och Olof Krans')).toBe(
      'Vilja Trosk, ordf., Ebbe Mulm, kassör samt Saga Frell, ledamot, Olof Krans, ledamot',
    );
    // A member's function before a party bracket is left to the list of members.
    expect(rolesAfterNames('vice ordförande Saga Frell (S)')).toBe('vice ordförande Saga Frell (S)');
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
});
