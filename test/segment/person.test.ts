import { describe, expect, it } from 'vitest';
import { parsePeopleList } from '../../src/segment/people-lists.ts';
import { parsePerson, replacedMember, splitNames } from '../../src/segment/person.ts';
import { looksLikeName } from '../../src/segment/person-parts.ts';
import { attendeesOfNotes } from './by-field/segment-text.ts';

describe('person', () => {
  it('reads name, municipality and role', () => {
    expect(parsePerson('Per-Åke Lindholm (S), Södertälje, ordförande')).toEqual({ name: 'Per-Åke Lindholm', organisation: 'S', role: 'ordförande' });
    expect(parsePerson('Tomas Öhman (C), Salem')).toEqual({ name: 'Tomas Öhman', organisation: 'C', role: null });
    expect(parsePerson('Anna Öberg, Haninge, ordförande')).toEqual({ name: 'Anna Öberg', organisation: 'Haninge', role: 'ordförande' });
  });
  it('reads a body named in full after the party as where the member sits for, not as a role', () => {
    expect(parsePerson('Ebba Lund (M), Lilleby kommun, ordförande')).toEqual({ name: 'Ebba Lund', organisation: 'M', role: 'ordförande' });
    expect(parsePerson('Ove Sten (S), Region Norrland')).toEqual({ name: 'Ove Sten', organisation: 'S', role: null });
  });
  it('reads a party in brackets as the organisation', () => {
    expect(parsePerson('Håkan Bergström (S), tjänstgörande ersättare för Eva Berg (M)')).toEqual({
      name: 'Håkan Bergström',
      organisation: 'S',
      role: 'tjänstgörande ersättare',
    });
  });
  it('reads a title after the name of a civil servant as the role', () => {
    expect(parsePerson('Lena Rönnqvist, Kommundirektör', 'other')).toEqual({ name: 'Lena Rönnqvist', organisation: null, role: 'Kommundirektör' });
  });
  it('splits a municipality off a name without a comma', () => {
    expect(parsePerson('Per Ek Tyresö')).toEqual({ name: 'Per Ek', organisation: 'Tyresö', role: null });
  });
  it('splits a lower-case title off an organisation whose column gap OCR closed', () => {
    expect(parsePerson('Mårten Ölund Danderyds kommun bibliotekschef')).toEqual({ name: 'Mårten Ölund', organisation: 'Danderyds kommun', role: 'bibliotekschef' });
    expect(parsePerson('Tove Sjö Region Stockholm projektledare')).toEqual({ name: 'Tove Sjö', organisation: 'Region Stockholm', role: 'projektledare' });
  });
  it('splits a place off a name that a comma-separated role follows', () => {
    expect(parsePerson('Sanna Eklöf Huddinge kommun, sammankallande')).toEqual({ name: 'Sanna Eklöf', organisation: 'Huddinge kommun', role: 'sammankallande' });
    expect(parsePerson('Pontus Åker Polisen, lokalpolisområde Södertörn')).toEqual({ name: 'Pontus Åker', organisation: 'Polisen, lokalpolisområde Södertörn', role: null });
  });
  it('splits a long organisation off a name when it opens with a body', () => {
    expect(parsePerson('Ebba Wallén Länsstyrelsen i Stockholms län')).toEqual({ name: 'Ebba Wallén', organisation: 'Länsstyrelsen i Stockholms län', role: null });
  });
  it('keeps an organisation that ends in a lower-case word whole', () => {
    expect(parsePerson('Jussi Häkkinen Järfälla kommun')).toEqual({ name: 'Jussi Häkkinen', organisation: 'Järfälla kommun', role: null });
  });
  it('drops paragraph references from a role', () => {
    expect(parsePerson('Tomas Lövgren, planchef, §§ 66–67', 'other')?.role).toBe('planchef');
  });
  it('rejects a sentence', () => {
    expect(parsePerson('Mötet öppnades av ordföranden')).toBeNull();
  });
  it('reads several people from one comma-separated row', () => {
    expect(parsePeopleList('Cecilia Hammarström, Södertälje (ordförande), Mikael Bergström, Salem')).toEqual([
      { name: 'Cecilia Hammarström', organisation: 'Södertälje', role: 'ordförande' },
      { name: 'Mikael Bergström', organisation: 'Salem', role: null },
    ]);
  });
  it('finds the member a substitute replaced', () => {
    expect(replacedMember('Märta Hägglöf (KD), tjänstgörande ersättare för Lars Ödmark (L)')).toEqual({ name: 'Lars Ödmark', organisation: 'L', role: null });
  });
  it('splits adjusters joined by "och"', () => {
    expect(splitNames('Per Lind (M) och Eva Berg (C)')).toEqual(['Per Lind', 'Eva Berg']);
  });
});

describe('organisations in brackets', () => {
  it('keeps the spaces of a bracketed organisation that is not a party', () => {
    expect(parsePerson('Sören Kärrlund (Region Stockholm)')).toMatchObject({ name: 'Sören Kärrlund', organisation: 'Region Stockholm' });
  });
  it('reads a role acronym after the name as the role, not the organisation', () => {
    expect(parsePerson('Sofie Lindqvist, MAS')).toMatchObject({ name: 'Sofie Lindqvist', organisation: null, role: 'MAS' });
  });
});

describe('older and compound forms', () => {
  it('reads a lower-case party abbreviation in brackets as the party', () => {
    expect(parsePerson('Östen Fräsén (fp)')).toEqual({ name: 'Östen Fräsén', organisation: 'fp', role: null });
  });
  it('still reads a lower-case role in brackets as a role', () => {
    expect(parsePerson('Anna Ek (ordförande)')?.role).toBe('ordförande');
  });
  it('splits a name from a compound organisation such as a police region', () => {
    expect(parsePeopleList('Jonas Källén, Polisregion Stockholm, Sara Lind, Botkyrka kommun')?.map((p) => p.name)).toEqual(['Jonas Källén', 'Sara Lind']);
  });
});

describe('titles written in capitals', () => {
  it('reads "(MAS)" in brackets as the role, not a party', () => {
    expect(parsePerson('Greta Wennström (MAS)')).toMatchObject({ name: 'Greta Wennström', organisation: null, role: 'MAS' });
  });
  it('still reads a two-letter party in brackets as the organisation', () => {
    expect(parsePerson('Greta Wennström (MP)')).toMatchObject({ organisation: 'MP', role: null });
  });
});

describe('a title before the name', () => {
  it('reads "Socialchef Greta Wennström" as a socialchef', () => {
    expect(parsePerson('Socialchef Greta Wennström')).toMatchObject({ name: 'Greta Wennström', role: 'socialchef' });
  });
  it('keeps a role printed after the name', () => {
    expect(parsePerson('Enhetschef Greta Wennström, ordförande')).toMatchObject({ name: 'Greta Wennström', role: 'ordförande' });
  });
  it('leaves a three-word name alone', () => {
    expect(parsePerson('Anna Greta Wennström')).toMatchObject({ name: 'Anna Greta Wennström', role: null });
  });
});

describe('notes on how someone took part', () => {
  it('drops "(via Teams)" after the organisation', () => {
    expect(parsePerson('Greta Wennström, Tyresö kommun (via Teams)')).toMatchObject({ name: 'Greta Wennström', organisation: 'Tyresö kommun', role: null });
  });
});

describe('a dash before a title', () => {
  it('reads "Greta Wennström – ordförande" as a name and a role', () => {
    expect(parsePerson('Greta Wennström – ordförande')).toMatchObject({ name: 'Greta Wennström', role: 'ordförande' });
  });
});

describe('a note on part attendance inside brackets', () => {
  it('keeps the title and drops "del av mötet"', () => {
    expect(parsePerson('Greta Wennström (rektor, del av mötet)')).toMatchObject({ name: 'Greta Wennström', role: 'rektor' });
  });
});

describe('a kind of participant beside a title', () => {
  it('keeps the title and drops "tjänsteperson"', () => {
    expect(parsePerson('Greta Wennström, tjänsteperson, miljöchef')).toMatchObject({ role: 'miljöchef' });
  });
});

describe('contact details and paragraph notes', () => {
  it('drops an e-mail address after the organisation', () => {
    expect(parsePerson('Greta Wennström, Tyresö kommun, greta.wennstrom@tyreso.se')).toMatchObject({ organisation: 'Tyresö kommun', role: null });
  });
  it('drops "från § 52" after the party', () => {
    expect(parsePerson('Greta Wennström (M), från § 52')).toMatchObject({ organisation: 'M', role: null });
  });
  it('keeps the role before "§§ 1–3"', () => {
    expect(parsePerson('Greta Wennström (S), tjänstgörande ersättare §§ 1–3')).toMatchObject({ role: 'tjänstgörande ersättare' });
  });
});

describe('a title with a unit abbreviation', () => {
  it('reads "(enhetschef IFO)" as the role', () => {
    expect(parsePerson('Greta Wennström (enhetschef IFO)')).toMatchObject({ organisation: null, role: 'enhetschef IFO' });
  });
  it('reads "1) Greta Wennström, Polisen" without its list number', () => {
    expect(parsePerson('1) Greta Wennström, Polisen')).toMatchObject({ name: 'Greta Wennström', organisation: 'Polisen' });
  });
});

describe('roles in brackets and abbreviations', () => {
  it('keeps the title when a function follows it in brackets', () => {
    expect(parsePerson('Greta Wennström, utbildningschef (ordförande)')).toMatchObject({ role: 'utbildningschef' });
  });
  it('expands "(ordf.)", "(v. ordf.)" and "(sekr.)"', () => {
    expect(parsePerson('Greta Wennström (ordf.)')).toMatchObject({ role: 'ordförande' });
    expect(parsePerson('Greta Wennström (v. ordf.)')).toMatchObject({ role: 'vice ordförande' });
    expect(parsePerson('Greta Wennström (sekr.)')).toMatchObject({ role: 'sekreterare' });
  });
});

describe('a slash between name and organisation', () => {
  it('reads "Greta Wennström/Täby" as a name and a municipality', () => {
    expect(parsePerson('Greta Wennström/Täby')).toMatchObject({ name: 'Greta Wennström', organisation: 'Täby' });
  });
  it('reads a list of such pairs', () => {
    expect(parsePeopleList('Greta Wennström/Täby, Ivar Holm/Solna')?.map((p) => [p.name, p.organisation])).toEqual([
      ['Greta Wennström', 'Täby'],
      ['Ivar Holm', 'Solna'],
    ]);
  });
});

describe('a list with a comma inside a bracket', () => {
  it('keeps "(kassör, del av kvällen)" with its person', () => {
    expect(parsePeopleList('Ivar Ek, Greta Hed, Nils Bo (kassör, del av kvällen)')?.map((p) => p.name)).toEqual(['Ivar Ek', 'Greta Hed', 'Nils Bo']);
  });
});

describe('an e-mail address whose "@" OCR misread', () => {
  it('is no part of the person', () => {
    expect(parsePerson('Ivar Ek, Salems kommun, ivar.ekQsalem.se')).toEqual({ name: 'Ivar Ek', organisation: 'Salems kommun', role: null });
    expect(parsePerson('Greta Hed, Nacka kommun, greta!hedQ nacka.se')).toEqual({ name: 'Greta Hed', organisation: 'Nacka kommun', role: null });
  });
});

describe('paragraphs attended, with the sign misread', () => {
  it('leaves "från 8 52" and "88 49–51" out of the role', () => {
    expect(parsePerson('Ivar Ek (M), från 8 52')?.role).toBeNull();
    expect(parsePerson('Greta Hed (V), 88 49–51')?.role).toBeNull();
    expect(parsePerson('Nils Bo (S), tjänstgörande ersättare 88 52-53')?.role).toBe('tjänstgörande ersättare');
  });
});

describe('a substitute in an older prose list and a bracket with a function', () => {
  it('reads "tjänstgörande för ledamoten X" as serving for a member named by function', () => {
    expect(replacedMember('Ola Vinge, suppleant, tjänstgörande för ledamoten Per Åslund')).toEqual({ name: 'Per Åslund', organisation: null, role: null });
    expect(parsePerson('Ola Vinge, suppleant, tjänstgörande för ledamoten Per Åslund')).toEqual({ name: 'Ola Vinge', organisation: null, role: 'tjänstgörande suppleant' });
  });
  it('takes the home before the comma in a bracket as the organisation and the function after it as the role', () => {
    expect(parsePerson('Tora Vinge (Länsstyrelsen, sammankallande)')).toEqual({ name: 'Tora Vinge', organisation: 'Länsstyrelsen', role: 'sammankallande' });
  });
});

describe('a body named with an acronym', () => {
  it('reads an acronym joined to a lower-case noun as the organisation, not a second person', () => {
    const people = attendeesOfNotes('Deltagare\tNora Wiik, Fjällby kommun, ordförande\n\tTove Ek, Norrby kommun\n\tIsa Lund, HR-stöd Fjällby, sekreterare\n\n1. Välkommen\nText.');
    expect(people[2]).toEqual(['Isa Lund', 'HR-stöd Fjällby', 'sekreterare']);
    expect(people).toHaveLength(3);
  });
  it('still reads a double first name as a name', () => {
    expect(looksLikeName('Per-Olle Wiik')).toBe(true);
    expect(looksLikeName('EU-projektet Norrby')).toBe(false);
  });
});
